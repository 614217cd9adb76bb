package vn.hailong.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.shared.SearchKeys;

/**
 * N realistic dossiers written with {@code COPY} into the real (Flyway) {@code dossier} table of PostgreSQL: the
 * province's agencies (a few large ones, many small: Zipf), procedures likewise, receipt on working days over three
 * years, codes {@code <agency>-YYMMDD-NNNN} with a per-agency daily sequence, Vietnamese names with diacritics, mobile
 * phones, statuses by age, the receiving agency (3 % received at another unit's desk). The search columns are computed by {@link SearchKeys}, the function the application uses,
 * so that the benchmark searches what the application would have stored. The table's secondary indexes are dropped
 * before the copy and rebuilt after it (timed); foreign keys are not checked during the copy (the ids come from the
 * tables they reference).
 */
final class DossierSearchData {

    static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý", "Đinh", "Trịnh", "Đoàn", "Lương", "Mai", "Tạ", "Chu", "Lã"
    };
    static final String[] MIDDLE = {
        "Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Hữu", "Quang", "Thanh", "Xuân", "Thùy", "Kim", "Bảo", "Gia", "Quốc"
    };
    static final String[] GIVEN = {
        "An", "Anh", "Bình", "Châu", "Chi", "Cường", "Dũng", "Duyên", "Giang", "Hà", "Hải", "Hạnh", "Hằng", "Hiếu",
        "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngân", "Nhung", "Phong",
        "Phúc", "Phương", "Quân", "Quyên", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vân", "Yến", "Đông", "Ánh"
    };
    static final String[] LAST = {
        "", "", "", "Anh", "Châu", "Dung", "Đạt", "Hòa", "Huy", "Khoa", "Lâm", "Lộc", "My", "Nhi", "Oanh", "Quý", "Tài",
        "Thư", "Trí", "Uyên", "Vy", "Xuyến", "Ý"
    };
    private static final String[] MOBILE = {
        "032", "033", "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082", "083",
        "084", "085", "086", "088", "089", "090", "091", "093", "094", "096", "097", "098"
    };
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 2);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 17);
    private static final int ROWS_PER_WRITE = 20_000;

    record Agency(long id, String prefix) {}

    record Procedure(String code, String field) {}

    /** What the fill took: the copy, the rebuilt indexes (name → seconds). */
    record Filled(double copySeconds, List<String> indexTimes, double analyzeSeconds) {}

    private DossierSearchData() {}

    static String name(Random r) {
        String last = LAST[r.nextInt(LAST.length)];
        return FAMILY[zipf(r, FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                + GIVEN[r.nextInt(GIVEN.length)] + (last.isEmpty() ? "" : " " + last);
    }

    /** The province's agencies that receive dossiers, in a fixed shuffled order (the first ones get the most). */
    static List<Agency> agencies(JdbcClient jdbc, String province) {
        List<Agency> all = new ArrayList<>(jdbc.sql("""
                        select id, coalesce(electronic_id, code) from agency
                        where province_code = :p and active order by id""")
                .param("p", province)
                .query((rs, i) -> new Agency(rs.getLong(1), rs.getString(2)))
                .list());
        Collections.shuffle(all, new Random(22));
        return all;
    }

    static Filled fill(DataSource ds, JdbcClient jdbc, int n, String province) throws SQLException, IOException {
        List<Agency> agencies = agencies(jdbc, province);
        List<Procedure> procedures =
                new ArrayList<>(jdbc.sql("select code, field_code from admin_procedure order by code")
                        .query((rs, i) -> new Procedure(rs.getString(1), rs.getString(2)))
                        .list());
        Collections.shuffle(procedures, new Random(118));
        List<String[]> indexes = jdbc.sql("""
                        select indexname, indexdef from pg_indexes where tablename = 'dossier'
                        and indexname not in (select conname from pg_constraint)""")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        try (Connection c = ds.getConnection()) {
            try (Statement s = c.createStatement()) {
                for (String[] ix : indexes) {
                    s.execute("drop index " + ix[0]);
                }
            }
            long t0 = System.nanoTime();
            copy(
                    c,
                    n,
                    agencies,
                    procedures,
                    new HashSet<>(jdbc.sql("select code from dossier")
                            .query(String.class)
                            .list()));
            double copySeconds = (System.nanoTime() - t0) / 1e9;
            List<String> times = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                s.execute("set maintenance_work_mem = '512MB'");
                for (String[] ix : indexes) {
                    long t = System.nanoTime();
                    s.execute(ix[1]);
                    times.add("%s %.1f s".formatted(ix[0], (System.nanoTime() - t) / 1e9));
                }
                long t = System.nanoTime();
                s.execute("vacuum (analyze) dossier");
                return new Filled(copySeconds, times, (System.nanoTime() - t) / 1e9);
            }
        }
    }

    /** {@code taken}: the codes already there (the demo's dossiers), which the sequence skips. */
    private static void copy(Connection c, int n, List<Agency> agencies, List<Procedure> procedures, Set<String> taken)
            throws SQLException, IOException {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = FIRST_DAY; !d.isAfter(LAST_DAY); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d); // Saturday mornings are open in many one-stop centres
            }
        }
        double[] agencyWeights = zipfCumulative(agencies.size());
        double[] procedureWeights = zipfCumulative(procedures.size());
        int[] sequence = new int[agencies.size()];
        Random r = new Random(19);
        // as the application writes them: the receiving agency is the resolving one, except 3 % received at another
        // unit's desk (its own random stream, so the other columns stay as in earlier runs)
        Random receiving = new Random(23);
        try (Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
        }
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        copy dossier (code, agency_id, procedure_code, field_code, channel, status, applicant_name,
                          applicant_phone, received_at, due_at, original_due_at, resolved_at, returned_at, closed_at,
                          timeliness, created_at, search_name, code_key, phone_rev, receiving_agency_id) from stdin""");
        StringBuilder b = new StringBuilder(ROWS_PER_WRITE * 260);
        int day = -1;
        for (int i = 0; i < n; i++) {
            int d = (int) ((long) i * days.size() / n);
            if (d != day) {
                day = d;
                Arrays.fill(sequence, 0);
            }
            LocalDate date = days.get(d);
            int a = pick(r, agencyWeights);
            Agency agency = agencies.get(a);
            Procedure p = procedures.get(pick(r, procedureWeights));
            String code = agency.prefix() + "-" + yymmdd(date) + "-" + pad(++sequence[a], 4);
            while (taken.contains(code)) {
                code = agency.prefix() + "-" + yymmdd(date) + "-" + pad(++sequence[a], 4);
            }
            String name = name(r);
            String phone = r.nextInt(10) == 0 ? null : MOBILE[r.nextInt(MOBILE.length)] + pad(r.nextInt(10_000_000), 7);
            LocalDateTime received = date.atTime(7, 30).plusSeconds(r.nextInt(9 * 3600 + 1800));
            LocalDateTime due = received.plusDays(3 + r.nextInt(13));
            long ageDays = LAST_DAY.toEpochDay() - date.toEpochDay();
            int status = status(r, ageDays);
            LocalDateTime resolved = status == 9 || status == 10 ? received.plusHours(4 + r.nextInt(24 * 14)) : null;
            LocalDateTime returned = status == 10 ? resolved.plusHours(1 + r.nextInt(48)) : null;
            LocalDateTime closed =
                    status == 10 ? returned : status == 3 || status == 7 || status == 8 ? received.plusDays(2) : null;
            String timeliness = resolved == null
                    ? "PENDING"
                    : resolved.isAfter(due) ? "LATE" : resolved.isBefore(due.minusDays(1)) ? "EARLY" : "ON_TIME";
            b.append(code)
                    .append('\t')
                    .append(agency.id())
                    .append('\t')
                    .append(p.code())
                    .append('\t')
                    .append(p.field())
                    .append('\t')
                    .append(1 + r.nextInt(3))
                    .append('\t')
                    .append(status)
                    .append('\t')
                    .append(name)
                    .append('\t')
                    .append(phone == null ? "\\N" : phone)
                    .append('\t')
                    .append(received)
                    .append('\t')
                    .append(due)
                    .append('\t')
                    .append(due)
                    .append('\t')
                    .append(orNull(resolved))
                    .append('\t')
                    .append(orNull(returned))
                    .append('\t')
                    .append(orNull(closed))
                    .append('\t')
                    .append(timeliness)
                    .append('\t')
                    .append(received)
                    .append('\t')
                    .append(SearchKeys.name(name))
                    .append('\t')
                    .append(SearchKeys.code(code))
                    .append('\t');
            String phoneRev = SearchKeys.phoneReversed(phone);
            long receivedBy = receiving.nextInt(100) < 3
                    ? agencies.get(receiving.nextInt(agencies.size())).id()
                    : agency.id();
            b.append(phoneRev == null ? "\\N" : phoneRev)
                    .append('\t')
                    .append(receivedBy)
                    .append('\n');
            if (b.length() > ROWS_PER_WRITE * 200) {
                write(in, b);
            }
        }
        write(in, b);
        in.endCopy();
        try (Statement s = c.createStatement()) {
            s.execute("set session_replication_role = origin");
        }
    }

    /** Old dossiers are mostly returned; recent ones are still being worked on. */
    private static int status(Random r, long ageDays) {
        int x = r.nextInt(100);
        if (ageDays > 45) {
            return x < 88 ? 10 : x < 91 ? 9 : x < 94 ? 7 : x < 97 ? 3 : 8;
        }
        return x < 25 ? 2 : x < 55 ? 4 : x < 62 ? 5 : x < 64 ? 6 : x < 80 ? 9 : x < 95 ? 10 : 7;
    }

    private static void write(CopyIn in, StringBuilder b) throws SQLException {
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        b.setLength(0);
    }

    private static String orNull(LocalDateTime t) {
        return t == null ? "\\N" : t.toString();
    }

    private static String yymmdd(LocalDate d) {
        return pad(d.getYear() % 100, 2) + pad(d.getMonthValue(), 2) + pad(d.getDayOfMonth(), 2);
    }

    private static String pad(int v, int width) {
        String s = Integer.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** Cumulative Zipf (s = 1) weights over {@code n} ranks. */
    static double[] zipfCumulative(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    static int pick(Random r, double[] cumulative) {
        int i = Arrays.binarySearch(cumulative, r.nextDouble());
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    private static int zipf(Random r, int n) {
        return Math.min(n - 1, (int) Math.floor(Math.pow(n + 1, r.nextDouble())) - 1);
    }
}
