package vn.hailong.rating;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.hailong.dossier.RatingMoment;
import vn.hailong.shared.ListFilters;

@Repository
class RatingRepository {

    private final JdbcClient jdbc;
    private final com.github.benmanes.caffeine.cache.Cache<String, List<RatingItem>> items =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .expireAfterWrite(java.time.Duration.ofMinutes(1))
                    .maximumSize(200)
                    .build();

    RatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The moment a rating made now is of when nothing else says (alias d the dossier): see {@link RatingMoment#of}. */
    private static final String STATE_MOMENT = "case when d.returned_at is null then 'RECEPTION' else 'RESULT' end";

    /**
     * What a rating of a dossier records, with its default {@code moment} ({@code token_moment}: the looked-up token's,
     * or null) and whether it is rated at each moment.
     */
    private static String dossier(String tokenMoment) {
        return """
            select t.dossier_id, t.expires_at, t.token, d.code, d.agency_id, coalesce(d.receiving_agency_id, d.agency_id) receiving_agency_id,
                   d.desk_id, d.handling_officer_id, d.receiving_officer_id,
                   d.procedure_code, d.field_code, a.unit_code, a.name agency_name, p.name procedure_name,
                   coalesce(f.form_code, 'QUICK') form_code, %1$s token_moment, coalesce(%1$s, %2$s) moment,
                   (select count(*) from rating r where r.dossier_id = d.id and r.moment = 'RECEPTION') rated_reception,
                   (select count(*) from rating r where r.dossier_id = d.id and r.moment = 'RESULT') rated_result
            from rating_token t join dossier d on d.id = t.dossier_id join agency a on a.id = d.agency_id
            join catalog_procedure_view p on p.code = d.procedure_code left join agency_rating_form f on f.agency_id = a.id""".formatted(tokenMoment, STATE_MOMENT);
    }

    /** By the dossier's code: of the moment its state says, by the token of that moment if it has one. */
    private static final String BY_CODE = dossier("cast(null as varchar(10))");

    private static final String PREFERRED_TOKEN = " order by case when coalesce(t.moment, " + STATE_MOMENT + ") = "
            + STATE_MOMENT + " then 0 else 1 end fetch first 1 rows only";

    /** By a token: of the token's moment (built once: the lookup runs on every rating). */
    private static final String BY_TOKEN = dossier("t.moment") + " where t.token = :t";

    /** The dossier behind a token, with what a rating records; empty for an unknown token. */
    Optional<RatingTarget> token(String token) {
        return jdbc.sql(BY_TOKEN).param("t", token).query(TARGET).optional();
    }

    /** The same, by dossier code, for staff within their scope (paper slips). */
    Optional<RatingTarget> dossier(vn.hailong.access.AgencyScope scope, String code) {
        return jdbc.sql(BY_CODE + " where d.code = :c and (" + scope.predicate("a") + " or "
                        + scope.predicateOnId("d.receiving_agency_id") + ")" + PREFERRED_TOKEN)
                .params(scope.parameters())
                .param("c", code)
                .query(TARGET)
                .optional();
    }

    /** A dossier of one agency by its code (a kiosk binds a typed code only within its own agency). */
    Optional<RatingTarget> dossierOfAgency(long agencyId, String code) {
        return jdbc.sql(BY_CODE.replace(
                                "from rating_token t join dossier d on d.id = t.dossier_id",
                                "from dossier d left join rating_token t on t.dossier_id = d.id")
                        + " where d.code = :c and (d.agency_id = :a or d.receiving_agency_id = :a)" + PREFERRED_TOKEN)
                .param("c", code)
                .param("a", agencyId)
                .query(TARGET)
                .optional();
    }

    /** What a rating of an officer without a dossier records: the officer's agency and the agency's form. */
    Optional<RatingTarget> officerOfAgency(long agencyId, long officerId) {
        return jdbc.sql("""
                select cast(null as bigint) dossier_id, cast(null as timestamp) expires_at, cast(null as varchar(64)) token,
                       cast(null as varchar(40)) code, a.id agency_id, cast(null as bigint) receiving_agency_id,
                       cast(null as bigint) desk_id, o.id handling_officer_id, cast(null as bigint) receiving_officer_id,
                       cast(null as varchar(40)) procedure_code, cast(null as varchar(40)) field_code, a.unit_code,
                       a.name agency_name, cast(null as varchar(500)) procedure_name,
                       coalesce(f.form_code, 'QUICK') form_code, cast(null as varchar(10)) token_moment,
                       cast(null as varchar(10)) moment, 0 rated_reception, 0 rated_result
                from officer o join agency a on a.id = o.agency_id left join agency_rating_form f on f.agency_id = a.id
                where o.id = :o and o.agency_id = :a and o.active""")
                .param("o", officerId)
                .param("a", agencyId)
                .query(TARGET)
                .optional();
    }

    private static final RowMapper<RatingTarget> TARGET = (rs, n) -> {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new RatingTarget(
                rs.getObject("dossier_id", Long.class),
                expires == null ? null : expires.toLocalDateTime(),
                rs.getString("token"),
                rs.getString("code"),
                rs.getLong("agency_id"),
                rs.getObject("receiving_agency_id", Long.class),
                rs.getObject("desk_id", Long.class),
                rs.getObject("handling_officer_id", Long.class),
                rs.getObject("receiving_officer_id", Long.class),
                rs.getString("procedure_code"),
                rs.getString("field_code"),
                rs.getString("unit_code"),
                rs.getString("agency_name"),
                rs.getString("procedure_name"),
                rs.getString("form_code"),
                moment(rs.getString("token_moment")),
                moment(rs.getString("moment")),
                rs.getInt("rated_reception"),
                rs.getInt("rated_result"));
    };

    private static RatingMoment moment(String name) {
        return name == null ? null : RatingMoment.valueOf(name);
    }

    String formOf(long agencyId) {
        return jdbc.sql("select form_code from agency_rating_form where agency_id = :a")
                .param("a", agencyId)
                .query(String.class)
                .optional()
                .orElse("QUICK");
    }

    Optional<String> tokenFor(String code, String lastDigits) {
        return jdbc.sql("""
                select t.token from rating_token t join dossier_rating_view d on d.id = t.dossier_id
                join dossier x on x.id = d.id where d.code = :c and d.phone_last4 = :p""" + PREFERRED_TOKEN.replace("d.returned_at", "x.returned_at"))
                .param("c", code)
                .param("p", lastDigits)
                .query(String.class)
                .optional();
    }

    /** The title of a counter form in a language (Vietnamese unless {@code en}). */
    Optional<String> formTitle(String code, String lang) {
        return jdbc.sql("select " + ("en".equals(lang) ? "title_en" : "title_vi") + " from rating_form where code = :c")
                .param("c", code)
                .query(String.class)
                .optional();
    }

    /** A form's items, with the moment each is asked at: reference data read on every rating, so kept for a minute. */
    List<RatingItem> items(String form, String lang) {
        return items.get(
                form + "/" + ("en".equals(lang) ? "en" : "vi"),
                k -> jdbc.sql("select code, " + ("en".equals(lang) ? "text_en" : "text_vi")
                                + ", allows_na, moment from rating_item where form_code = :f order by position")
                        .param("f", form)
                        .query((rs, i) -> new RatingItem(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getBoolean(3),
                                rs.getString(4) == null ? null : RatingMoment.valueOf(rs.getString(4))))
                        .list());
    }

    /** A form's items asked at a moment (those of that moment and those of both); every item when it is null. */
    List<RatingItem> items(String form, String lang, RatingMoment moment) {
        return items(form, lang).stream().filter(i -> i.askedAt(moment)).toList();
    }

    Optional<Long> byIdempotencyKey(String key) {
        return jdbc.sql("select id from rating where idempotency_key = :k")
                .param("k", key)
                .query(Long.class)
                .optional();
    }

    /** Ratings in multi-row inserts; returns their ids by idempotency key. */
    Map<String, Long> insertAll(List<RatingWriter.Prepared> batch) {
        Map<String, Long> ids = new java.util.HashMap<>();
        for (int from = 0; from < batch.size(); from += 500) {
            List<RatingWriter.Prepared> chunk = batch.subList(from, Math.min(batch.size(), from + 500));
            List<Object> params = new java.util.ArrayList<>(chunk.size() * 18);
            for (RatingWriter.Prepared p : chunk) {
                params.add(p.key());
                params.add(typed(Types.BIGINT, p.dossierId()));
                params.add(p.formCode());
                params.add(p.channel());
                params.add(p.instrument());
                params.add(p.agencyId());
                params.add(typed(Types.BIGINT, p.receivingAgencyId()));
                params.add(typed(Types.BIGINT, p.deskId()));
                params.add(typed(Types.BIGINT, p.officerId()));
                params.add(typed(Types.VARCHAR, p.procedureCode()));
                params.add(typed(Types.VARCHAR, p.fieldCode()));
                params.add(p.unitCode());
                params.add(typed(Types.VARCHAR, p.comment()));
                params.add(p.low());
                params.add(Timestamp.valueOf(p.at()));
                params.add(typed(Types.BIGINT, p.deviceId()));
                params.add(typed(Types.VARCHAR, p.keyedBy()));
                params.add(typed(
                        Types.VARCHAR, p.moment() == null ? null : p.moment().name()));
            }
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into rating (idempotency_key, dossier_id, form_code, channel, instrument, agency_id, receiving_agency_id,
                      desk_id, officer_id, procedure_code, field_code, unit_code, comment, low, created_at, device_id, keyed_by, moment) values\s"""
                            + String.join(
                                    ", ", java.util.Collections.nCopies(chunk.size(), "(" + "?, ".repeat(17) + "?)")))
                    .params(params)
                    .update(keys, "id", "idempotency_key");
            for (Map<String, Object> k : keys.getKeyList()) {
                ids.put((String) value(k, "idempotency_key"), ((Number) value(k, "id")).longValue());
            }
        }
        return ids;
    }

    private static Object value(Map<String, Object> keys, String column) {
        Object v = keys.get(column);
        return v != null ? v : keys.get(column.toUpperCase(java.util.Locale.ROOT));
    }

    private static SqlParameterValue typed(int type, Object value) {
        return new SqlParameterValue(type, value);
    }

    /** The answers of ratings (ids in the order of {@code batch}) in multi-row inserts. */
    void answersAll(List<Long> ids, List<RatingWriter.Prepared> batch) {
        List<Object> params = new java.util.ArrayList<>();
        int rows = 0;
        for (int i = 0; i < batch.size(); i++) {
            for (Answer a : batch.get(i).answers()) {
                params.add(ids.get(i));
                params.add(a.item());
                params.add(typed(Types.SMALLINT, a.score()));
                if (++rows == 1000) {
                    insertAnswers(rows, params);
                    params.clear();
                    rows = 0;
                }
            }
        }
        if (rows > 0) {
            insertAnswers(rows, params);
        }
    }

    private void insertAnswers(int rows, List<Object> params) {
        jdbc.sql("insert into rating_answer (rating_id, item_code, score) values "
                        + String.join(", ", java.util.Collections.nCopies(rows, "(?, ?, ?)")))
                .params(params)
                .update();
    }

    long lowCount(vn.hailong.access.AgencyScope scope, LocalDateTime from) {
        return jdbc.sql(
                        "select count(*) from rating r join agency a on a.id = r.agency_id where r.low and r.created_at >= :from and "
                                + scope.predicate("a"))
                .params(scope.parameters())
                .param("from", Timestamp.valueOf(from))
                .query(Long.class)
                .single();
    }

    /** The ratings after {@code afterId} in id order, of the agencies in scope (the changes feed). */
    List<vn.hailong.shared.Change> changes(vn.hailong.access.AgencyScope scope, long afterId, int limit) {
        return jdbc.sql("""
                select r.id, d.code, r.channel, r.agency_id, r.created_at from rating r join agency a on a.id = r.agency_id
                left join dossier d on d.id = r.dossier_id where r.id > :after and\s""" + scope.predicate("a") + " order by r.id fetch first :limit rows only")
                .params(scope.parameters())
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, i) -> new vn.hailong.shared.Change(
                        "RATING",
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getTimestamp(5).toLocalDateTime()))
                .list();
    }

    static final List<vn.hailong.shared.Keyset.Column> SORTS =
            List.of(new vn.hailong.shared.Keyset.Column("created", "r.created_at", vn.hailong.shared.Keyset.Kind.TIME));

    /**
     * One keyset page (newest first by default) of the ratings in scope received from {@code from} (inclusive) to
     * {@code to} (exclusive) that pass the filter and match the search (on their dossier), and how many match in all
     * (up to {@code countCap} when not null).
     */
    vn.hailong.shared.ListPage<RatingView> page(
            vn.hailong.access.AgencyScope scope,
            RatingFilter f,
            LocalDateTime from,
            LocalDateTime to,
            vn.hailong.shared.ListSearch search,
            vn.hailong.shared.ListQuery q,
            Long countCap) {
        var keyset = vn.hailong.shared.Keyset.of(q, SORTS, "r.id");
        Map<String, Object> params = new java.util.HashMap<>(scope.parameters());
        params.put("from", Timestamp.valueOf(from));
        params.put("to", Timestamp.valueOf(to));
        StringBuilder where = new StringBuilder(" where ")
                .append(scope.predicate("a"))
                .append(" and r.created_at >= :from and r.created_at < :to");
        ListFilters.equal(where, params, "r.agency_id", f.agency());
        ListFilters.equal(where, params, "r.officer_id", f.officer());
        ListFilters.equal(where, params, "r.moment", f.moment());
        ListFilters.equal(where, params, "r.channel", f.channel());
        if (f.low() != null) {
            where.append(f.low() ? " and r.low" : " and not r.low");
        }
        where.append(search.condition("d", params));
        String fromWhere =
                "from rating r join agency a on a.id = r.agency_id left join dossier d on d.id = r.dossier_id" + where;
        var counted = vn.hailong.shared.ListPage.Counted.count(jdbc, fromWhere, params, countCap);
        Map<String, Object> pageParams = new java.util.HashMap<>(params);
        String after = keyset.after(q.cursor(), pageParams);
        pageParams.put("limit", q.limit() + 1);
        List<RatingView> rows = jdbc.sql("""
                select r.id, d.code, r.channel, r.instrument, r.agency_id, a.name, r.officer_id, o.full_name, r.procedure_code,
                       r.created_at, r.comment, r.low, r.keyed_by, r.moment
                from rating r join agency a on a.id = r.agency_id left join dossier d on d.id = r.dossier_id
                left join officer o on o.id = r.officer_id
                """ + where + after + keyset.orderBy() + " fetch first :limit rows only")
                .params(pageParams)
                .query((rs, i) -> new RatingView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getObject(7, Long.class),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getTimestamp(10).toLocalDateTime(),
                        rs.getString(11),
                        rs.getBoolean(12),
                        new java.util.ArrayList<>(),
                        rs.getString(13),
                        rs.getString(14) == null ? null : RatingMoment.valueOf(rs.getString(14))))
                .list();
        withAnswers(rows);
        return vn.hailong.shared.ListPage.of(rows, q.limit(), r -> keyset.cursor(r.createdAt(), r.id()), counted);
    }

    private void withAnswers(List<RatingView> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, RatingView> byId = new java.util.HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        jdbc.sql(
                        "select rating_id, item_code, score from rating_answer where rating_id in (:ids) order by rating_id, item_code")
                .param("ids", byId.keySet())
                .query(rs -> {
                    byId.get(rs.getLong(1)).answers().add(new Answer(rs.getString(2), rs.getObject(3, Integer.class)));
                });
    }

    List<PaperSlip> paperSlips(
            vn.hailong.access.AgencyScope scope, long agencyId, LocalDateTime from, LocalDateTime to) {
        Map<Long, PaperSlip> byId = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select r.id, d.code, r.created_at, x.item_code, x.score, r.keyed_by from rating r join agency a on a.id = r.agency_id
                left join dossier d on d.id = r.dossier_id left join rating_answer x on x.rating_id = r.id
                where r.channel = 'PAPER' and r.agency_id = :a and r.created_at >= :f and r.created_at < :t and\s""" + scope.predicate("a") + " order by r.created_at, r.id, x.item_code")
                .params(scope.parameters())
                .param("a", agencyId)
                .param("f", Timestamp.valueOf(from))
                .param("t", Timestamp.valueOf(to))
                .query(rs -> {
                    long id = rs.getLong(1);
                    PaperSlip slip = byId.get(id);
                    if (slip == null) {
                        slip = new PaperSlip(
                                id,
                                rs.getString(2),
                                rs.getTimestamp(3).toLocalDateTime(),
                                new java.util.ArrayList<>(),
                                rs.getString(6));
                        byId.put(id, slip);
                    }
                    if (rs.getString(4) != null) {
                        slip.answers().add(new Answer(rs.getString(4), rs.getObject(5, Integer.class)));
                    }
                });
        return List.copyOf(byId.values());
    }
}
