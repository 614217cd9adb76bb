package vn.hailong.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.calendar.DurationUnit;
import vn.hailong.shared.VietnameseText;

@Repository
class ProcedureRepository {

    private static final String COLUMNS = """
            select p.code, p.name, p.field_code, p.duration, p.duration_unit, p.fee_vnd, p.life_event, p.agency_kinds, p.documents,
              p.national_code
            from admin_procedure p""";

    private final JdbcClient jdbc;

    ProcedureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Procedure> search(String field, String query, int limit) {
        return jdbc.sql(COLUMNS + "\n" + """
                 where p.active and (cast(:field as varchar) is null or p.field_code = :field)
                 and (p.search_name like :q escape '\\' or lower(p.code) = :code or p.national_code = :code)
                 order by p.field_code, p.code fetch first :limit rows only""")
                .param("field", field)
                .param("q", VietnameseText.containsPattern(query))
                .param("code", query == null ? "" : query.trim().toLowerCase())
                .param("limit", limit)
                .query(ProcedureRepository::procedure)
                .list();
    }

    Optional<Procedure> find(String code) {
        return jdbc.sql(COLUMNS + " where p.code = :code")
                .param("code", code)
                .query(ProcedureRepository::procedure)
                .optional();
    }

    Optional<Procedure> byNationalCode(String nationalCode) {
        return jdbc.sql(COLUMNS + " where p.national_code = :code")
                .param("code", nationalCode)
                .query(ProcedureRepository::procedure)
                .optional();
    }

    long count() {
        return jdbc.sql("select count(*) from admin_procedure where active")
                .query(Long.class)
                .single();
    }

    List<ServiceField> fields() {
        return jdbc
                .sql("select code, name_vi, name_en from service_field")
                .query((rs, i) -> new ServiceField(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(ServiceField::nameVi, vn.hailong.shared.VietnameseText.ORDER))
                .toList();
    }

    boolean fieldExists(String code) {
        return jdbc.sql("select count(*) from service_field where code = :c")
                        .param("c", code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void upsertField(ServiceField f) {
        jdbc.sql("""
                merge into service_field t using (select cast(:code as varchar(40)) code) s on (t.code = s.code)
                when matched then update set name_vi = :vi, name_en = :en
                when not matched then insert (code, name_vi, name_en) values (:code, :vi, :en)""")
                .param("code", f.code())
                .param("vi", f.nameVi())
                .param("en", f.nameEn())
                .update();
    }

    void insert(Procedure p) {
        jdbc.sql("""
                insert into admin_procedure (code, name, search_name, field_code, duration, duration_unit, fee_vnd, life_event, agency_kinds, documents,
                  national_code)
                values (:code, :name, :search, :field, :duration, :unit, :fee, :life, :kinds, :docs, :national)""").params(params(p)).update();
    }

    void update(Procedure p) {
        jdbc.sql("""
                update admin_procedure set name = :name, search_name = :search, field_code = :field, duration = :duration,
                  duration_unit = :unit, fee_vnd = :fee, life_event = :life, agency_kinds = :kinds, documents = :docs,
                  national_code = :national
                where code = :code""").params(params(p)).update();
    }

    private static java.util.Map<String, Object> params(Procedure p) {
        java.util.Map<String, Object> m = new java.util.HashMap<>(java.util.Map.of(
                "code",
                p.code(),
                "name",
                p.name(),
                "search",
                VietnameseText.fold(p.name()),
                "field",
                p.fieldCode(),
                "duration",
                p.duration(),
                "unit",
                p.durationUnit().name(),
                "fee",
                p.feeVnd(),
                "life",
                p.lifeEvent().name(),
                "kinds",
                String.join(",", p.agencyKinds()),
                "docs",
                String.join("\n", p.documents())));
        m.put("national", p.nationalCode());
        return m;
    }

    static Procedure procedure(ResultSet rs, int i) throws SQLException {
        return new Procedure(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                DurationUnit.valueOf(rs.getString(5)),
                rs.getLong(6),
                LifeEvent.valueOf(rs.getString(7)),
                split(rs.getString(8), ","),
                split(rs.getString(9), "\n"),
                rs.getString(10));
    }

    private static List<String> split(String s, String sep) {
        return s == null || s.isBlank()
                ? List.of()
                : Arrays.stream(s.split(sep))
                        .map(String::trim)
                        .filter(x -> !x.isEmpty())
                        .toList();
    }
}
