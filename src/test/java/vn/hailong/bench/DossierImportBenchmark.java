package vn.hailong.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.HaiLongApplication;
import vn.hailong.dossier.BenchmarkImport;
import vn.hailong.dossier.Channel;
import vn.hailong.dossier.DossierBulk;
import vn.hailong.dossier.ImportedDossier;
import vn.hailong.shared.VietnameseText;
import vn.hailong.support.Databases;

/**
 * Imports N generated dossiers (default 1,000,000) into a real PostgreSQL through HaiLong's bulk path
 * (validation, due dates from the working calendar, the dossier rows with their search keys and their RECEIVED /
 * RESOLVED / RETURNED events, and, as a file import does, the batch counted in the dossier rollups and the
 * evaluation), then inserts the same dossier rows (search keys included) into the same table with a plain JDBC batch
 * in the same process as the baseline, and prints both rates and their ratio, and PostgreSQL's statements, rows, WAL
 * and executor time per dossier of each side ({@code pg_stat_statements}). Run: bench/run.sh dossier-import [N] [--explain] [--writers N]
 */
public final class DossierImportBenchmark {

    private static final int BATCH = 5000;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 1_000_000;
        List<String> flags = java.util.Arrays.asList(args);
        boolean explain = flags.contains("--explain");
        // --writers N: batches written at once (the application's hailong.dossier.import-writers, default 2)
        int writers = flags.contains("--writers") ? Integer.parseInt(flags.get(flags.indexOf("--writers") + 1)) : 2;
        Databases.withStatementStatistics();
        String url = Databases.freshPostgresUrl();
        StatementStats statements = new StatementStats(url);
        if (explain) {
            // PostgreSQL's auto_explain logs the plan, with actual times, of every statement over 100 ms
            try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
                    var s = c.createStatement()) {
                s.execute("alter system set session_preload_libraries = 'auto_explain'");
                s.execute("alter system set auto_explain.log_min_duration = '100ms'");
                s.execute("alter system set auto_explain.log_analyze = on");
                s.execute("select pg_reload_conf()");
            }
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HaiLongApplication.class)
                .profiles("demo")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--hailong.demo.dossier-scale=0",
                        "--hailong.dossier.import-writers=" + writers,
                        "--logging.level.root=WARN",
                        "--logging.level.io.zonky.test.db.postgres.embedded=" + (explain ? "INFO" : "WARN"),
                        "--spring.main.banner-mode=off",
                        "--server.port=0")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            List<String> agencies = jdbc.sql("select code from agency where kind = 'COMMUNE_PC' order by code")
                    .query(String.class)
                    .list();
            List<String> procedures = jdbc.sql("select code from admin_procedure order by code")
                    .query(String.class)
                    .list();

            System.out.printf(
                    "HaiLong dossier import benchmark: %,d dossiers, PostgreSQL (embedded), batches of %,d, %d at once%n",
                    n, BATCH, writers);
            statements.reset();
            ProcessCpu cpu = new ProcessCpu(jdbc);
            long jvm0 = ProcessCpu.jvmNanos();
            long pg0 = cpu.postgresNanos();
            long t0 = System.nanoTime();
            // as a file import does: each batch and its counting (rollups, evaluation) in one transaction, written by
            // the import's writers (two batches at once on PostgreSQL)
            List<java.util.concurrent.CompletableFuture<List<DossierBulk.Outcome>>> written = new ArrayList<>();
            try (BenchmarkImport run = new BenchmarkImport(ctx)) {
                for (int from = 0; from < n; from += BATCH) {
                    written.add(run.write(generate("HL-", from, Math.min(n, from + BATCH), agencies, procedures)));
                }
            }
            if (written.stream().flatMap(w -> w.join().stream()).anyMatch(o -> !o.written())) {
                throw new IllegalStateException("refused rows in the benchmark batch");
            }
            double hailong = n / ((System.nanoTime() - t0) / 1e9);
            double hailongJvm = (ProcessCpu.jvmNanos() - jvm0) / 1e6 / n;
            double hailongPg = (cpu.postgresNanos() - pg0) / 1e6 / n;
            var importStatements = statements.read();

            DataSource ds = ctx.getBean(DataSource.class);
            long agencyId = jdbc.sql("select id from agency where code = :c")
                    .param("c", agencies.get(0))
                    .query(Long.class)
                    .single();
            statements.reset();
            long jvm1 = ProcessCpu.jvmNanos();
            long pg1 = cpu.postgresNanos();
            long t1 = System.nanoTime();
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement("""
                        insert into dossier (code, agency_id, procedure_code, field_code, channel, status, applicant_name,
                          applicant_phone, received_at, due_at, original_due_at, resolved_at, returned_at, closed_at,
                          timeliness, created_at, search_name, code_key, phone_rev)
                        values (?, ?, ?, 'HO_TICH', 1, 10, ?, ?, ?, ?, ?, ?, ?, ?, 'EARLY', ?, ?, ?, ?)""")) {
                    for (int from = 0; from < n; from += BATCH) {
                        for (ImportedDossier d :
                                generate("BASE-", from, Math.min(n, from + BATCH), agencies, procedures)) {
                            LocalDateTime due = d.receivedAt().plusDays(3);
                            s.setString(1, d.code());
                            s.setLong(2, agencyId);
                            s.setString(3, d.procedureCode());
                            s.setString(4, d.applicantName());
                            s.setString(5, d.applicantPhone());
                            s.setTimestamp(6, Timestamp.valueOf(d.receivedAt()));
                            s.setTimestamp(7, Timestamp.valueOf(due));
                            s.setTimestamp(8, Timestamp.valueOf(due));
                            s.setTimestamp(9, Timestamp.valueOf(d.resolvedAt()));
                            s.setTimestamp(10, Timestamp.valueOf(d.returnedAt()));
                            s.setTimestamp(11, Timestamp.valueOf(d.returnedAt()));
                            s.setTimestamp(12, Timestamp.valueOf(d.receivedAt()));
                            // the dossier list's search keys, as every dossier row has them
                            s.setString(13, VietnameseText.fold(d.applicantName()));
                            s.setString(
                                    14,
                                    d.code().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""));
                            s.setString(
                                    15,
                                    new StringBuilder(d.applicantPhone())
                                            .reverse()
                                            .toString());
                            s.addBatch();
                        }
                        s.executeBatch();
                        c.commit();
                    }
                }
            }
            double baseline = n / ((System.nanoTime() - t1) / 1e9);
            double baselineJvm = (ProcessCpu.jvmNanos() - jvm1) / 1e6 / n;
            double baselinePg = (cpu.postgresNanos() - pg1) / 1e6 / n;
            var baselineStatements = statements.read();
            long dossiers = jdbc.sql("select count(*) from dossier where code like 'HL-%'")
                    .query(Long.class)
                    .single();
            long events = jdbc.sql("select count(*) from dossier_event")
                    .query(Long.class)
                    .single();
            System.out.printf(
                    "hailong_import_rows_per_s=%.0f (dossiers=%,d, events=%,d written alongside)%n",
                    hailong, dossiers, events);
            System.out.printf(
                    "cpu_ms_per_dossier jvm=%.3f postgresql=%.3f (process CPU time / dossiers; 2 cores = 2 ms per ms)%n",
                    hailongJvm, hailongPg);
            StatementStats.print("", importStatements, n, "dossier", null, 14);
            System.out.printf("baseline_jdbc_batch_rows_per_s=%.0f (dossier rows only)%n", baseline);
            System.out.printf("baseline_cpu_ms_per_dossier jvm=%.3f postgresql=%.3f%n", baselineJvm, baselinePg);
            StatementStats.print("baseline_", baselineStatements, n, "dossier", null, 4);
            System.out.printf("ratio=%.2f (goal >= 1.0)%n", hailong / baseline);
        }
        System.exit(0);
    }

    static List<ImportedDossier> generate(
            String prefix, int from, int to, List<String> agencies, List<String> procedures) {
        List<ImportedDossier> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Random r = new Random(i);
            LocalDateTime received =
                    LocalDateTime.of(2025, 1, 2, 8, 0).plusDays(r.nextInt(600)).plusMinutes(r.nextInt(480));
            LocalDateTime resolved = received.plusHours(2 + r.nextInt(48));
            out.add(new ImportedDossier(
                    prefix + i,
                    agencies.get(i % agencies.size()),
                    procedures.get(r.nextInt(procedures.size())),
                    Channel.IN_PERSON,
                    "Nguyễn Văn " + (char) ('A' + r.nextInt(26)),
                    "09" + (10000000 + r.nextInt(89999999)),
                    null,
                    received,
                    null,
                    resolved,
                    resolved.plusHours(1 + r.nextInt(48)),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        return out;
    }
}
