package vn.hailong.letter;

import java.sql.Connection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.hailong.shared.SearchColumns;

/**
 * The letter list's search columns ({@link vn.hailong.shared.SearchKeys}): the dossier's code without dashes, the
 * recipient's name without diacritics and the digits of the dossier's phone reversed, filled for the letters already
 * there; their indexes, and (created_at, id) for the list's default order and its keyset pages.
 */
@Component
class V140__letter_search extends BaseJavaMigration {

    private static final String OF_DOSSIER = "(select d.%s from dossier d where d.id = letter.dossier_id)";

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        SearchColumns.add(c, "letter");
        SearchColumns.fill(
                c, "letter", OF_DOSSIER.formatted("code"), "recipient_name", OF_DOSSIER.formatted("applicant_phone"));
        try (var s = c.createStatement()) {
            s.execute("create index ix_letter_created_id on letter (created_at, id)");
        }
        SearchColumns.index(c, "letter");
    }
}
