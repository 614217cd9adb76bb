package vn.hailong.rating;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;

/** The ratings of a period for auditors: no dossier, no comment, no time of day — nothing that points to a citizen. */
@Repository
class RatingExportRepository {

    /** One rating as exported, with its answers by item (null score = not applicable). */
    record Row(
            long id,
            LocalDate on,
            long agencyId,
            String agencyCode,
            String agencyName,
            Long deskId,
            Long officerId,
            String procedureCode,
            String fieldCode,
            String channel,
            String instrument,
            String form,
            boolean withDossier,
            String moment,
            Map<String, Integer> answers) {}

    /** A form's item. */
    record Item(String form, String code, String text, boolean allowsNotApplicable) {}

    private final JdbcClient jdbc;

    RatingExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> rows(AgencyScope scope, LocalDate from, LocalDate to) {
        String where = " where r.created_at >= :from and r.created_at < :to and " + scope.predicate("a");
        Map<Long, Row> byId = new LinkedHashMap<>();
        jdbc.sql("""
                select r.id, cast(r.created_at as date), a.id, a.code, a.name, r.desk_id, r.officer_id, r.procedure_code, r.field_code,
                  r.channel, r.instrument, r.form_code, case when r.dossier_id is null then 0 else 1 end, r.moment
                from rating r join agency a on a.id = r.agency_id""" + where + " order by r.created_at, r.id")
                .params(scope.parameters())
                .param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query(rs -> {
                    byId.put(
                            rs.getLong(1),
                            new Row(
                                    rs.getLong(1),
                                    rs.getDate(2).toLocalDate(),
                                    rs.getLong(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getObject(6, Long.class),
                                    rs.getObject(7, Long.class),
                                    rs.getString(8),
                                    rs.getString(9),
                                    rs.getString(10),
                                    rs.getString(11),
                                    rs.getString(12),
                                    rs.getInt(13) == 1,
                                    rs.getString(14),
                                    new LinkedHashMap<>()));
                });
        jdbc.sql("select x.rating_id, x.item_code, x.score from rating_answer x join rating r on r.id = x.rating_id"
                        + " join agency a on a.id = r.agency_id" + where)
                .params(scope.parameters())
                .param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query(rs -> {
                    Row row = byId.get(rs.getLong(1));
                    if (row != null) {
                        row.answers().put(rs.getString(2), rs.getObject(3, Integer.class));
                    }
                });
        return List.copyOf(byId.values());
    }

    List<Item> items() {
        return jdbc.sql("select form_code, code, text_vi, allows_na from rating_item order by form_code, position")
                .query((rs, i) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }
}
