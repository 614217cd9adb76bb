package vn.hailong.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.hailong.shared.SearchColumns;

/**
 * The public answers list: the published question's words without diacritics ({@link Topics#words}), filled for the
 * cases already published, searched "contains" (a trigram index on PostgreSQL when pg_trgm can be had), and
 * (published_at, id) for the list's default order and its keyset pages.
 */
@Component
class V145__feedback_public_answers_search extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean postgres =
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = c.createStatement()) {
            s.execute("alter table feedback_case add column public_words varchar(4100)");
        }
        try (PreparedStatement read =
                        c.prepareStatement("select id, public_text from feedback_case where public_text is not null");
                PreparedStatement write = c.prepareStatement("update feedback_case set public_words = ? where id = ?");
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                write.setString(1, Topics.words(rs.getString(2)));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("create index ix_feedback_case_published_id on feedback_case (published_at, id)");
            if (postgres && SearchColumns.trigrams(c)) {
                s.execute(
                        "create index ix_feedback_case_public_words on feedback_case using gin (public_words gin_trgm_ops)");
            }
        }
    }
}
