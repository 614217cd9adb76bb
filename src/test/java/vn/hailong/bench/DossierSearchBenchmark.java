package vn.hailong.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.hailong.HaiLongApplication;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.ApiKeyPrincipal;
import vn.hailong.dossier.DossierFilter;
import vn.hailong.dossier.DossierRow;
import vn.hailong.dossier.Dossiers;
import vn.hailong.dossier.Timeliness;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.VietnameseText;
import vn.hailong.support.Databases;

/**
 * The dossier list at volume: N generated dossiers (default 5,000,000) in a real PostgreSQL, then p50/p95 of the
 * list's own path ({@code Dossiers.page}: search, filter, keyset page of 50 and the count capped at 10,000, as the
 * page {@code /ho-so} asks it) for a search by code, by name without diacritics and by the phone's last digits, and the
 * first and a deep page (page 201, its cursor fetched beforehand) of a filtered list; then the same queries after dropping the list's indexes, and
 * the ratio. The caller is an integration key over every agency (the widest scope, personal data allowed). Run:
 * bench/run.sh dossier-search [N] [ROUNDS]
 */
public final class DossierSearchBenchmark {

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Hữu", "Quang", "Thanh", "Xuân"
    };
    private static final String[] GIVEN = {
        "An", "Anh", "Bình", "Châu", "Chi", "Cường", "Dũng", "Duyên", "Giang", "Hà", "Hải", "Hạnh", "Hằng", "Hiếu",
        "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngân", "Nhung", "Phong",
        "Phúc", "Phương", "Quân", "Quyên", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vân", "Yến"
    };
    private static final String[] LAST = {
        "", "Anh", "Châu", "Dung", "Đạt", "Hòa", "Huy", "Khoa", "Lâm", "Lộc", "My", "Nhi", "Oanh", "Quý", "Tài", "Thư",
        "Trí", "Uyên", "Vy", "Xuyến", "Ý"
    };
    private static final int CHUNK = 250_000;
    private static final List<String> INDEXES =
            List.of("ix_dossier_search_name", "ix_dossier_code_key", "ix_dossier_phone_rev", "ix_dossier_received_id");

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        String url = Databases.freshPostgresUrl();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HaiLongApplication.class)
                .profiles("demo")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--hailong.demo.dossier-scale=0",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off",
                        "--server.port=0")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            boolean trigram = jdbc.sql("select count(*) from pg_extension where extname = 'pg_trgm'")
                            .query(Integer.class)
                            .single()
                    > 0;
            System.out.printf(
                    "HaiLong dossier list benchmark: %,d dossiers, PostgreSQL (embedded), pg_trgm %s, %d rounds%n",
                    n, trigram ? "yes" : "no", rounds);
            List<String> definitions = jdbc.sql("select indexdef from pg_indexes where indexname in (:n)")
                    .param("n", INDEXES)
                    .query(String.class)
                    .list();
            INDEXES.forEach(i -> jdbc.sql("drop index " + i).update());
            long t0 = System.nanoTime();
            for (int from = 0; from < n; from += CHUNK) {
                generate(jdbc, from, Math.min(n, from + CHUNK));
            }
            System.out.printf("generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            definitions.forEach(d -> jdbc.sql(d).update());
            jdbc.sql("analyze dossier").update();
            System.out.printf("list indexes built in %.0f s%n", (System.nanoTime() - t1) / 1e9);

            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(
                            new ApiKeyPrincipal(0, "benchmark", AgencyScope.EVERYTHING), null, List.of()));
            Dossiers dossiers = ctx.getBean(Dossiers.class);
            Random random = new Random(7);
            List<String> codes = jdbc.sql("select code from dossier where id % 997 = 0 order by id")
                    .query(String.class)
                    .list();
            List<Query> queries = queries(dossiers, codes, random);
            long[][] with = measure(queries, rounds);
            INDEXES.forEach(i -> jdbc.sql("drop index " + i).update());
            jdbc.sql("analyze dossier").update();
            long[][] without = measure(queries, Math.max(5, rounds / 10));
            System.out.printf(
                    "%-34s %9s %9s %12s %12s %8s%n", "query", "p50 ms", "p95 ms", "p50 no-idx", "p95 no-idx", "ratio");
            for (int i = 0; i < queries.size(); i++) {
                double p95 = pct(with[i], 95);
                double p95n = pct(without[i], 95);
                System.out.printf(
                        "%-34s %9.1f %9.1f %12.1f %12.1f %7.0fx  %s%n",
                        queries.get(i).name(),
                        pct(with[i], 50),
                        p95,
                        pct(without[i], 50),
                        p95n,
                        p95n / p95,
                        p95 <= 50 ? "p95 ≤ 50 ms" : "p95 > 50 ms");
            }
        }
    }

    record Query(String name, IntFunction<ListPage<DossierRow>> run) {}

    static List<Query> queries(Dossiers dossiers, List<String> codes, Random random) {
        DossierFilter none = DossierFilter.none();
        DossierFilter late = new DossierFilter(
                null, null, Timeliness.LATE, null, null, null, null, null, null, null, null, null, null);
        List<Query> q = new ArrayList<>();
        q.add(new Query("code with dashes", i -> page(dossiers, none, codes.get(random.nextInt(codes.size())), null)));
        q.add(new Query(
                "code without dashes",
                i -> page(
                        dossiers, none, codes.get(random.nextInt(codes.size())).replace("-", ""), null)));
        q.add(new Query("name without diacritics", i -> page(dossiers, none, randomName(random), null)));
        q.add(new Query(
                "phone last 6 digits",
                i -> page(dossiers, none, String.format("%06d", random.nextInt(1_000_000)), null)));
        q.add(new Query("filtered list (LATE), first page", i -> page(dossiers, late, null, null)));
        String cursor = null;
        for (int k = 0; k < 200; k++) {
            cursor = page(dossiers, late, null, cursor).nextCursor();
        }
        String deep = cursor;
        q.add(new Query("filtered list (LATE), page 201", i -> page(dossiers, late, null, deep)));
        return q;
    }

    static ListPage<DossierRow> page(Dossiers dossiers, DossierFilter f, String search, String cursor) {
        return dossiers.page(
                f, new ListQuery(search, null, true, cursor, ListQuery.PAGE_LIMIT), Dossiers.PAGE_COUNT_CAP);
    }

    static String randomName(Random r) {
        String last = LAST[r.nextInt(LAST.length)];
        return VietnameseText.fold(FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                + GIVEN[r.nextInt(GIVEN.length)] + (last.isEmpty() ? "" : " " + last));
    }

    /** Times each query {@code rounds} times after 5 untimed warm-up calls. */
    static long[][] measure(List<Query> queries, int rounds) {
        long[][] times = new long[queries.size()][rounds];
        for (int qi = 0; qi < queries.size(); qi++) {
            Query q = queries.get(qi);
            for (int w = 0; w < Math.min(5, rounds); w++) {
                q.run().apply(w);
            }
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                q.run().apply(r);
                times[qi][r] = System.nanoTime() - t;
            }
        }
        return times;
    }

    static double pct(long[] nanos, int p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)] / 1e6;
    }

    private static void generate(JdbcClient jdbc, int from, int to) {
        String family = array(FAMILY, false);
        String familyFolded = array(FAMILY, true);
        String middle = array(MIDDLE, false);
        String middleFolded = array(MIDDLE, true);
        String given = array(GIVEN, false);
        String givenFolded = array(GIVEN, true);
        String last = array(LAST, false);
        String lastFolded = array(LAST, true);
        jdbc.sql("""
                insert into dossier (code, agency_id, procedure_code, field_code, channel, status, applicant_name,
                  applicant_phone, received_at, due_at, original_due_at, resolved_at, returned_at, timeliness, created_at,
                  search_name, code_key, phone_rev)
                select x.code, x.agency_id, x.procedure_code, x.field_code, 1 + x.i %% 3, x.status,
                  x.name, x.phone, x.received, x.received + interval '5 days', x.received + interval '5 days',
                  case when x.status = 10 then x.received + interval '4 days' end,
                  case when x.status = 10 then x.received + interval '4 days' end,
                  case when x.status <> 10 then 'PENDING' when x.i %% 10 = 0 then 'LATE' when x.i %% 3 = 0 then 'EARLY' else 'ON_TIME' end,
                  x.received, x.folded, regexp_replace(lower(x.code), '[^a-z0-9]', '', 'g'), reverse(x.phone)
                from (
                  select g.i, a.id agency_id, p.code procedure_code, p.field_code,
                    a.code || '-' || to_char(timestamp '2024-01-01' + g.i * interval '18 seconds', 'YYMMDD') || '-' || lpad(g.i::text, 7, '0') code,
                    case when g.i %% 20 = 0 then 4 when g.i %% 50 = 1 then 2 else 10 end status,
                    timestamp '2024-01-01' + g.i * interval '18 seconds' received,
                    '09' || lpad(((g.i::bigint * 7919) %% 100000000)::text, 8, '0') phone,
                    f.v || ' ' || m.v || ' ' || gv.v || case when l.v = '' then '' else ' ' || l.v end name,
                    ff.v || ' ' || mf.v || ' ' || gf.v || case when lf.v = '' then '' else ' ' || lf.v end folded
                  from generate_series(:from, :to - 1) g(i)
                  join lateral (select (array[%s])[1 + (g.i * 31 %% %d)] v) f on true
                  join lateral (select (array[%s])[1 + (g.i * 31 %% %d)] v) ff on true
                  join lateral (select (array[%s])[1 + (g.i / 7 %% %d)] v) m on true
                  join lateral (select (array[%s])[1 + (g.i / 7 %% %d)] v) mf on true
                  join lateral (select (array[%s])[1 + (g.i / 3 * 13 %% %d)] v) gv on true
                  join lateral (select (array[%s])[1 + (g.i / 3 * 13 %% %d)] v) gf on true
                  join lateral (select (array[%s])[1 + (g.i / 11 * 17 %% %d)] v) l on true
                  join lateral (select (array[%s])[1 + (g.i / 11 * 17 %% %d)] v) lf on true
                  join (select id, code, row_number() over (order by code) - 1 k, count(*) over () c from agency) a
                    on a.k = g.i %% a.c
                  join (select code, field_code, row_number() over (order by code) - 1 k, count(*) over () c
                        from admin_procedure) p on p.k = (g.i / 5) %% p.c
                ) x""".formatted(
                                family,
                                FAMILY.length,
                                familyFolded,
                                FAMILY.length,
                                middle,
                                MIDDLE.length,
                                middleFolded,
                                MIDDLE.length,
                                given,
                                GIVEN.length,
                                givenFolded,
                                GIVEN.length,
                                last,
                                LAST.length,
                                lastFolded,
                                LAST.length))
                .param("from", from)
                .param("to", to)
                .update();
    }

    private static String array(String[] values, boolean folded) {
        return Arrays.stream(values)
                .map(v -> "'" + (folded ? VietnameseText.fold(v) : v) + "'")
                .collect(Collectors.joining(", "));
    }
}
