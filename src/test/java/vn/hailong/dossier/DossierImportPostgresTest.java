package vn.hailong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.hailong.support.OnPostgreSQL;

/** The same imports on a real PostgreSQL, where the bulk path writes with COPY ({@link DossierCopy}). */
@OnPostgreSQL
class DossierImportPostgresTest extends DossierImportTest {

    @Test
    void aBulkLoadRefreshesThePlannersStatisticsOfTheDossierTable() {
        long before = reltuples();
        String prefix = "22-06685-AN-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT) + "-";
        LocalDateTime at = LocalDateTime.of(2026, 9, 2, 9, 0);
        List<ImportedDossier> batch = new ArrayList<>();
        for (int i = 0; i < DossierCopy.ANALYZE_AT_LEAST + Math.max(0, before / 5); i++) {
            batch.add(receivedOnly(prefix + i, "Người nộp " + i, null, at));
        }
        var outcomes = tx.execute(s -> bulk.write(batch, null, "test"));
        assertThat(outcomes).allMatch(DossierBulk.Outcome::written);
        assertThat(reltuples())
                .as("ANALYZE ran after the copy: PostgreSQL's row estimate counts the new dossiers")
                .isGreaterThanOrEqualTo(before + batch.size() * 9 / 10);
    }

    private long reltuples() {
        return jdbc.sql("select greatest(reltuples, 0)::bigint from pg_class where oid = 'dossier'::regclass")
                .query(Long.class)
                .single();
    }
}
