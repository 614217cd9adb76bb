package vn.hailong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.access.SystemActor;
import vn.hailong.shared.ImportReport;
import vn.hailong.shared.RowError;
import vn.hailong.shared.SearchKeys;
import vn.hailong.support.AppTest;

/** A one-stop system's export: good rows taken, bad rows reported by line, a second import changes nothing. */
class DossierImportTest extends AppTest {

    @Autowired
    DossierImport imports;

    @Autowired
    Dossiers dossiers;

    static final String CSV = """
            code,agency_code,procedure_code,channel,applicant_name,applicant_phone,applicant_email,received_at,due_at,resolved_at,returned_at,status
            22-06685-IMP-0001,22-06685,HT-001,1,Nguyễn Văn An,0911111111,,2026-09-01T08:30,,2026-09-01T15:00,2026-09-02T09:00,10
            22-06685-IMP-0002,22-06685,HT-008,2,Trần Thị Bình,,binh@example.vn,02/09/2026 09:00,,,,
            22-99999-IMP-0003,22-99999,HT-001,1,Lê Văn C,,,2026-09-03T08:00,,,,
            22-06685-IMP-0004,22-06685,KHONG-CO,1,Lê Văn D,,,2026-09-03T08:00,,,,
            22-06685-IMP-0005,22-06685,HT-001,1,Lê Văn E,,,2026-09-03T08:00,,2026-09-02T08:00,,
            22-06685-IMP-0006,22-06685,HT-001,1,Lê Văn F,,,hôm qua,,,,
            22-06685-IMP-0007,22-06685,HT-001,1,Phạm Thị G,,,2026-09-03T08:00,,2026-09-10T10:00,2026-09-10T11:00,RETURNED
            """;

    @Test
    void goodRowsAreTakenBadRowsReportedAndReimportChangesNothing() {
        ImportReport first = SystemActor.call("test", () -> imports.importFile("export.csv", stream(CSV)));
        assertThat(first.imported()).isEqualTo(3);
        assertThat(first.errors()).extracting(RowError::line).containsExactly(4L, 5L, 6L, 7L);
        assertThat(first.errors().get(0).reason()).contains("22-99999");
        assertThat(first.errors().get(1).reason()).contains("KHONG-CO");
        assertThat(first.errors().get(2).reason()).contains("sớm hơn thời điểm tiếp nhận");
        assertThat(first.errors().get(3).reason()).contains("hôm qua");

        DossierView early = SystemActor.call("test", () -> dossiers.get("22-06685-IMP-0001"));
        assertThat(early.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(early.timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(early.events())
                .extracting(DossierEventView::type)
                .containsExactly(EventType.RECEIVED, EventType.RESOLVED, EventType.RETURNED);
        DossierView late = SystemActor.call("test", () -> dossiers.get("22-06685-IMP-0007"));
        assertThat(late.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(SystemActor.call("test", () -> dossiers.get("22-06685-IMP-0002"))
                        .status())
                .isEqualTo(DossierStatus.PROCESSING);

        ImportReport again = SystemActor.call("test", () -> imports.importFile("export.csv", stream(CSV)));
        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.errors()).hasSize(4);
        assertThat(SystemActor.call("test", () -> dossiers.get("22-06685-IMP-0001"))
                        .events())
                .hasSize(3);
    }

    /**
     * A file of several batches (written two at a time on PostgreSQL, {@link ImportWriters}): a code repeated in a later
     * batch is reported unchanged, a bad row by its line, and every finished dossier is counted once in the rollups —
     * the day rows of the file's days say exactly what the dossier rows say.
     */
    @Test
    void aFileOfSeveralBatchesCountsEachDossierOnce() {
        String run = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        StringBuilder csv = new StringBuilder(
                "code,agency_code,procedure_code,channel,applicant_name,applicant_phone,applicant_email,received_at,due_at,resolved_at,returned_at,status\n");
        int rows = 2 * DossierImport.BATCH + 300;
        int repeats = 0;
        for (int i = 0; i < rows; i++) {
            // rows of the second and third batches repeat codes of the first (some at their very start)
            boolean repeat = i >= DossierImport.BATCH && i % 97 == 0;
            int n = repeat ? i % DossierImport.BATCH : i;
            repeats += repeat ? 1 : 0;
            int day = 2 + n % 25;
            csv.append(
                    "22-06685-MB%s-%05d,22-06685,HT-008,1,Người nộp %d,,,2025-03-%02dT08:00,,2025-03-%02dT15:00,2025-03-%02dT16:00,\n"
                            .formatted(run, n, n, day, day, day));
        }
        csv.append("22-06685-MB%s-BAD,22-06685,HT-008,1,Người nộp sai,,,hôm kia,,,,\n".formatted(run));

        ImportReport report =
                SystemActor.call("test", () -> imports.importFile("nhieu-lo.csv", stream(csv.toString())));

        assertThat(report.imported()).isEqualTo(rows - repeats);
        assertThat(report.unchanged()).isEqualTo(repeats);
        assertThat(report.errors()).extracting(RowError::line).containsExactly(rows + 2L);
        long agency = jdbc.sql("select id from agency where code = '22-06685'")
                .query(Long.class)
                .single();
        var rawByDay = jdbc.sql("""
                        select cast(resolved_at as date) d, count(*) n from dossier
                        where agency_id = :a and procedure_code = 'HT-008' and resolved_at >= '2025-03-01' and resolved_at < '2025-04-01'
                        group by cast(resolved_at as date) order by 1""")
                .param("a", agency)
                .query((rs, i) -> rs.getDate(1) + "=" + rs.getLong(2))
                .list();
        var countedByDay = jdbc.sql("""
                        select on_day, sum(finished) n from insight_dossier_day
                        where agency_id = :a and procedure_code = 'HT-008' and on_day >= '2025-03-01' and on_day < '2025-04-01'
                        group by on_day having sum(finished) > 0 order by 1""")
                .param("a", agency)
                .query((rs, i) -> rs.getDate(1) + "=" + rs.getLong(2))
                .list();
        assertThat(countedByDay).as("finished dossiers per day in the rollups").isEqualTo(rawByDay);
    }

    /**
     * The file as Excel with the Vietnamese locale saves it ("CSV UTF-8"): BOM, ";" between cells, CRLF, a comma inside
     * a cell left unquoted — it imports like the comma form.
     */
    @Test
    void aSemicolonFileSavedByExcelImports() {
        String excel = "\uFEFFcode;agency_code;procedure_code;channel;applicant_name;applicant_phone;applicant_email;"
                + "received_at;due_at;resolved_at;returned_at;status\r\n"
                + "22-06685-IMP-0101;22-06685;HT-001;1;Nguyễn Văn An, con;0911111111;;2026-09-01T08:30;;"
                + "2026-09-01T15:00;2026-09-02T09:00;10\r\n"
                + "22-06685-IMP-0102;22-06685;KHONG-CO;1;Lê Văn D;;;2026-09-03T08:00;;;;\r\n";
        ImportReport report = SystemActor.call("test", () -> imports.importFile("tu-excel.csv", stream(excel)));
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.errors()).extracting(RowError::line).containsExactly(3L);
        assertThat(report.errors().get(0).reason()).contains("KHONG-CO");
        DossierView d = SystemActor.call("test", () -> dossiers.get("22-06685-IMP-0101"));
        assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(d.events()).hasSize(3);
    }

    @Autowired
    DossierBulk bulk;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * The bulk path (COPY on PostgreSQL, batches on H2) keeps every character (tab, backslash, line break) and puts the
     * dossier at its receiving officer's desk only when the officer is of the dossier's agency.
     */
    @Test
    void bulkKeepsEveryCharacterAndTheReceivingOfficersDesk() {
        var officer = jdbc.sql("""
                        select o.id, o.desk_id from officer o join agency a on a.id = o.agency_id
                        where a.code = '22-06685' and o.desk_id is not null order by o.id fetch first 1 rows only""")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        long stranger = jdbc.sql("""
                        select o.id from officer o join agency a on a.id = o.agency_id
                        where a.code <> '22-06685' and o.desk_id is not null order by o.id fetch first 1 rows only""").query(Long.class).single();
        String name = "Nguyễn\tVăn \\N \\ Hai\nDòng 2";
        var at = java.time.LocalDateTime.of(2026, 9, 1, 8, 30);
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        var outcomes = tx.execute(s -> bulk.write(
                java.util.List.of(
                        new ImportedDossier(
                                "22-06685-CP-" + tag + "-1",
                                "22-06685",
                                "HT-001",
                                Channel.IN_PERSON,
                                name,
                                null,
                                null,
                                at,
                                null,
                                at.plusHours(3),
                                at.plusHours(4),
                                null,
                                officer[0],
                                null,
                                null,
                                null,
                                null),
                        new ImportedDossier(
                                "22-06685-CP-" + tag + "-2",
                                "22-06685",
                                "HT-001",
                                Channel.IN_PERSON,
                                "Lê Thị Ba",
                                null,
                                null,
                                at,
                                null,
                                null,
                                null,
                                null,
                                stranger,
                                null,
                                null,
                                null,
                                null),
                        new ImportedDossier(
                                "22-06685-CP-" + tag + "-3",
                                "22-06685",
                                "KHONG-CO",
                                Channel.IN_PERSON,
                                "Lê Văn Tư",
                                null,
                                null,
                                at,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)),
                null,
                "test"));
        assertThat(outcomes).extracting(DossierBulk.Outcome::written).containsExactly(true, true, false);
        assertThat(outcomes.get(2).error().getMessage()).isEqualTo("dossier.unknownProcedure");
        var rows = jdbc.sql("select code, applicant_name, desk_id from dossier where code like :c order by code")
                .param("c", "22-06685-CP-" + tag + "-%")
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, Long.class)})
                .list();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)[1]).isEqualTo(name);
        assertThat(rows.get(0)[2]).isEqualTo(officer[1]);
        assertThat(rows.get(1)[2]).isNull();
        assertThat(jdbc.sql("""
                        select e.type from dossier_event e join dossier d on d.id = e.dossier_id
                        where d.code = :c order by e.at, e.id""")
                        .param("c", "22-06685-CP-" + tag + "-1")
                        .query(String.class)
                        .list())
                .containsExactly("RECEIVED", "RESOLVED", "RETURNED");
    }

    /**
     * A bulk-written dossier is found by the dossier list's search (its name without diacritics, its code, its phone's
     * last digits) and counts as received by its own agency: the same columns on PostgreSQL (COPY) as on H2.
     */
    @Test
    void bulkWritesTheSearchKeysAndTheReceivingAgency() {
        var at = java.time.LocalDateTime.of(2026, 9, 2, 9, 0);
        String code = "22-06685-SK-" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        var outcomes = tx.execute(s ->
                bulk.write(java.util.List.of(receivedOnly(code, "Đặng Thị Huệ", "0912 345 678", at)), null, "test"));
        assertThat(outcomes).extracting(DossierBulk.Outcome::written).containsExactly(true);
        var row = jdbc.sql("""
                        select search_name, code_key, phone_rev, receiving_agency_id = agency_id from dossier where code = :c""")
                .param("c", code)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)})
                .single();
        assertThat(row)
                .containsExactly(
                        SearchKeys.name("Đặng Thị Huệ"),
                        SearchKeys.code(code),
                        SearchKeys.phoneReversed("0912 345 678"),
                        true);
        assertThat((String) row[0]).contains("dang thi hue");
        assertThat((String) row[2]).startsWith("876");
    }

    /** The optional applicant_kind column, in CSV and XLSX: codes or Vietnamese words, blank = citizen, a bad value reported by line. */
    @Test
    void applicantKindColumnIsOptionalAndChecked() throws Exception {
        String header =
                "code,agency_code,procedure_code,channel,applicant_name,applicant_phone,applicant_email,received_at,due_at,"
                        + "resolved_at,returned_at,status,applicant_kind\n";
        String csv = header + """
                22-06685-KIND-01,22-06685,HT-001,1,Công ty TNHH Vịnh Xanh,,,2026-09-01T08:30,,,,,ORGANISATION
                22-06685-KIND-02,22-06685,HT-001,1,Hợp tác xã Cao Xanh,,,2026-09-01T08:30,,,,,Tổ chức
                22-06685-KIND-03,22-06685,HT-001,1,Nguyễn Văn Hòa,,,2026-09-01T08:30,,,,,
                22-06685-KIND-04,22-06685,HT-001,1,Trần Văn Bình,,,2026-09-01T08:30,,,,,công dân
                22-06685-KIND-05,22-06685,HT-001,1,Lê Thị Cúc,,,2026-09-01T08:30,,,,,hộ gia đình
                """;
        ImportReport report = SystemActor.call("test", () -> imports.importFile("kinds.csv", stream(csv)));
        assertThat(report.imported()).isEqualTo(4);
        assertThat(report.errors()).extracting(RowError::line).containsExactly(6L);
        assertThat(report.errors().get(0).reason()).contains("Loại người nộp “hộ gia đình” không hợp lệ");
        assertThat(kind("22-06685-KIND-01")).isEqualTo(ApplicantKind.ORGANISATION);
        assertThat(kind("22-06685-KIND-02")).isEqualTo(ApplicantKind.ORGANISATION);
        assertThat(kind("22-06685-KIND-03")).isEqualTo(ApplicantKind.CITIZEN);
        assertThat(kind("22-06685-KIND-04")).isEqualTo(ApplicantKind.CITIZEN);
        // the first test's file has no such column at all: its dossiers are citizens'
        assertThat(SystemActor.call("test", () -> imports.importFile("old.csv", stream(CSV)))
                        .errors())
                .hasSize(4);
        assertThat(kind("22-06685-IMP-0002")).isEqualTo(ApplicantKind.CITIZEN);

        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        try (var wb = new org.dhatim.fastexcel.Workbook(xlsx, "test", "1.0")) {
            var ws = wb.newWorksheet("Hồ sơ");
            String[] head = header.trim().split(",");
            for (int c = 0; c < head.length; c++) {
                ws.value(0, c, head[c]);
            }
            String[][] rows = {{"22-06685-KIND-11", "ORGANISATION"}, {"22-06685-KIND-12", "XYZ"}};
            for (int r = 0; r < rows.length; r++) {
                String[] cells = {
                    rows[r][0],
                    "22-06685",
                    "HT-001",
                    "1",
                    "Công ty Cổ phần Bãi Cháy",
                    "",
                    "",
                    "2026-09-02T08:30",
                    "",
                    "",
                    "",
                    "",
                    rows[r][1]
                };
                for (int c = 0; c < cells.length; c++) {
                    ws.value(r + 1, c, cells[c]);
                }
            }
        }
        ImportReport fromExcel = SystemActor.call(
                "test", () -> imports.importFile("kinds.xlsx", new ByteArrayInputStream(xlsx.toByteArray())));
        assertThat(fromExcel.imported()).isEqualTo(1);
        assertThat(fromExcel.errors()).extracting(RowError::line).containsExactly(3L);
        assertThat(fromExcel.errors().get(0).reason()).contains("XYZ");
        assertThat(kind("22-06685-KIND-11")).isEqualTo(ApplicantKind.ORGANISATION);
    }

    private ApplicantKind kind(String code) {
        return SystemActor.call("test", () -> dossiers.get(code)).applicantKind();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A dossier of Hồng Gai, HT-001, received in person and nothing more. */
    static ImportedDossier receivedOnly(String code, String name, String phone, java.time.LocalDateTime at) {
        return new ImportedDossier(
                code,
                "22-06685",
                "HT-001",
                Channel.IN_PERSON,
                name,
                phone,
                null,
                at,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
