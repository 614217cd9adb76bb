package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.access.SystemActor;
import vn.hailong.dossier.DossierImport;
import vn.hailong.insight.evaluation.EvaluationScores;
import vn.hailong.insight.rollup.ProcessingDays;
import vn.hailong.insight.rollup.RollupRepository;
import vn.hailong.shared.ImportReport;
import vn.hailong.support.AppTest;

/**
 * An import counts only its own batch of dossiers in the dossier rollups and the evaluation scores, and comes to what
 * recounting the agency from its raw rows gives (the way imports were counted before).
 */
class ImportCountingTest extends AppTest {

    private static final String AGENCY = "22-06685";

    @Autowired
    DossierImport imports;

    @Autowired
    RollupRepository rollups;

    @Autowired
    EvaluationScores scores;

    @Autowired
    ProcessingDays days;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anImportAddsWhatARecountOfItsAgencyFinds() {
        recountAgency();
        List<String> before = counted();
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        StringBuilder csv = new StringBuilder(
                "code,agency_code,procedure_code,channel,applicant_name,applicant_phone,applicant_email,received_at,due_at,resolved_at,returned_at,status\n");
        for (int i = 0; i < 40; i++) {
            int day = 1 + i % 9;
            String received = "2026-10-%02dT08:00".formatted(day);
            String resolved = i % 4 == 0 ? "" : "2026-10-%02dT15:00".formatted(day + i % 12);
            String returned = i % 4 == 1 ? "2026-10-%02dT16:00".formatted(day + i % 12) : "";
            csv.append("%s-IC-%s-%d,%s,%s,1,Người thử %d,,,%s,,%s,%s,\n"
                    .formatted(
                            AGENCY, tag, i, AGENCY, i % 3 == 0 ? "HT-008" : "HT-001", i, received, resolved, returned));
        }
        ImportReport report = SystemActor.call(
                "test",
                () -> imports.importFile(
                        "export.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))));
        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isEqualTo(40);
        List<String> incremental = counted();
        assertThat(incremental).isNotEqualTo(before);

        recountAgency();
        assertThat(incremental).isEqualTo(counted());
    }

    /** The agency's dossier rollups and scores recounted from the raw rows. */
    private void recountAgency() {
        tx.executeWithoutResult(s -> {
            rollups.rebuildDossiers(Set.of(AGENCY), days);
            rollups.recountDossierMonths(Set.of(AGENCY));
            scores.recompute(Set.of(AGENCY));
        });
    }

    /** The agency's day and month rows and dossier scores, as text. */
    private List<String> counted() {
        String agency = "(select id from agency where code = '" + AGENCY + "')";
        var rows = new java.util.ArrayList<>(
                jdbc.sql("""
                        select on_day || '|' || officer_id || '|' || procedure_code || '|' || finished || '|' || early || '|'
                          || on_time || '|' || late || '|' || returned || '|' || rated || '|' || work_days
                        from insight_dossier_day where agency_id = """ + agency + " order by 1").query(String.class).list());
        rows.addAll(jdbc.sql("""
                        select on_month || '|' || finished || '|' || early || '|' || on_time || '|' || late || '|' || returned
                          || '|' || rated || '|' || work_days
                        from insight_dossier_month where agency_id = """ + agency + " order by 1").query(String.class).list());
        rows.addAll(jdbc.sql(
                        "select dossier_id || '|' || points || '|' || score from insight_decree61_dossier where agency_id = "
                                + agency + " order by dossier_id")
                .query(String.class)
                .list());
        return rows;
    }
}
