package vn.hailong.rating;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Two moments of a dossier's rating ({@link vn.hailong.dossier.RatingMoment}): the reception, asked at reception (the receipt's QR, the kiosk
 * at the counter), and the result, asked at the return. One rating per dossier and moment, one token per dossier and
 * moment (a token issued before the moments has none: its moment follows the dossier, as below), and the moment each
 * item is asked at (none: at both). The ratings already there: made after the dossier was returned, of the result;
 * before, of the reception; without a dossier, of no moment. Java, because the unique rules on the dossier alone were
 * created without a name, which H2 and PostgreSQL name differently.
 */
@Component
public class V110__rating_moment extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table rating add column moment varchar(10)");
            s.execute("""
                    update rating set moment = case when exists (select 1 from dossier d where d.id = rating.dossier_id
                      and d.returned_at is not null and d.returned_at <= rating.created_at) then 'RESULT' else 'RECEPTION' end
                    where dossier_id is not null""");
            s.execute("alter table rating add constraint ck_rating_moment check (moment in ('RECEPTION', 'RESULT'))");
            dropOn(c, "rating", "dossier_id", "FOREIGN KEY");
            dropOn(c, "rating", "dossier_id", "UNIQUE");
            s.execute("alter table rating add constraint uq_rating_dossier_moment unique (dossier_id, moment)");
            s.execute(
                    "alter table rating add constraint fk_rating_dossier foreign key (dossier_id) references dossier (id)");

            s.execute("alter table rating_token add column moment varchar(10)");
            s.execute("alter table rating_token add constraint ck_rating_token_moment"
                    + " check (moment in ('RECEPTION', 'RESULT'))");
            dropOn(c, "rating_token", "dossier_id", "FOREIGN KEY");
            dropOn(c, "rating_token", "dossier_id", "UNIQUE");
            s.execute(
                    "alter table rating_token add constraint uq_rating_token_dossier_moment unique (dossier_id, moment)");
            s.execute("alter table rating_token add constraint fk_rating_token_dossier foreign key (dossier_id)"
                    + " references dossier (id)");

            s.execute("alter table rating_item add column moment varchar(10)");
            s.execute("alter table rating_item add constraint ck_rating_item_moment"
                    + " check (moment in ('RECEPTION', 'RESULT'))");
            // At reception: the public listing, the guidance, the facilities, what the dossier needed. At the return:
            // the time, the fees, the result, the handling of feedback. The officers' conduct: at both.
            s.execute("""
                    update rating_item set moment = 'RECEPTION' where (form_code = 'EIGHT' and code in
                      ('PUBLIC_INFO', 'GUIDANCE', 'FACILITIES')) or (form_code = 'ART33' and code in ('ART33_B', 'ART33_C', 'ART33_D'))""");
            s.execute("""
                    update rating_item set moment = 'RESULT' where (form_code = 'QUICK' and code = 'RESULT')
                      or (form_code = 'EIGHT' and code in ('TIME', 'FEES', 'RESULT', 'FEEDBACK'))
                      or (form_code = 'ART33' and code in ('ART33_A', 'ART33_E', 'ART33_G', 'ART33_H', 'ART33_I'))""");
        }
    }

    /**
     * Drops the constraints of a type on exactly {@code column} of {@code table}, whatever the database named them (H2
     * keeps a dropped unique rule's index while a foreign key on the column uses it: the key is dropped and made again).
     */
    private static void dropOn(Connection c, String table, String column, String type) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("""
                        select tc.constraint_name from information_schema.table_constraints tc
                        where lower(tc.table_name) = ? and tc.constraint_type = ?
                          and (select count(*) from information_schema.key_column_usage k
                               where k.constraint_name = tc.constraint_name and k.table_name = tc.table_name) = 1
                          and exists (select 1 from information_schema.key_column_usage k
                               where k.constraint_name = tc.constraint_name and k.table_name = tc.table_name
                                 and lower(k.column_name) = ?)""")) {
            q.setString(1, table);
            q.setString(2, type);
            q.setString(3, column);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("no " + type + " on " + table + "." + column);
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("alter table " + table + " drop constraint \"" + name + "\"");
            }
        }
    }
}
