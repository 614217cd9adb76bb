package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hailong.shared.Csv;
import vn.hailong.shared.TableRow;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** A province's statistician recomputes the published satisfaction of every unit in a month from the exported ratings and ballot tallies alone. */
class AuditDataTest extends AppTest {

    static final String PW = "hailong-demo";

    Browser signedIn(String user) {
        Browser b = browser();
        assertThat(b.signIn(user, PW).statusCode()).isEqualTo(302);
        return b;
    }

    @Test
    void everyUnitsSatisfactionIsRecomputedFromTheExport() throws Exception {
        Map<String, String> files = unzip(signedIn("quangninh")
                .download("/bao-cao/du-lieu-danh-gia.zip?from=2026-10-01&to=2026-10-31")
                .body());
        assertThat(files)
                .containsOnlyKeys(
                        "ratings-2026-10-01-2026-10-31.csv",
                        "ratings-2026-10-01-2026-10-31-ballot-tallies.csv",
                        "ratings-2026-10-01-2026-10-31-codebook.csv");
        List<Map<String, String>> rows = rows(files.get("ratings-2026-10-01-2026-10-31.csv"));
        String codebook = files.get("ratings-2026-10-01-2026-10-31-codebook.csv");
        // the report page's button: the form Vietnamese Excel opens in columns
        assertThat(files.get("ratings-2026-10-01-2026-10-31.csv")).startsWith("\uFEFFrating_id;rated_on;agency_id;");
        assertThat(codebook).contains("RESULT;").contains("5=Rất hài lòng").contains("THREE_LEVEL=3 mức");
        assertThat(rows).hasSizeGreaterThan(100);
        assertThat(rows.get(0).keySet()).doesNotContain("comment", "dossier_code", "created_at");

        Map<String, long[]> byUnit = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        List<String> items = rows(codebook).stream()
                .map(v -> v.get("variable"))
                .filter(v -> v.equals(v.toUpperCase()))
                .toList();
        for (Map<String, String> r : rows) {
            codes.put(r.get("agency_id"), r.get("agency_code"));
            long[] count = byUnit.computeIfAbsent(r.get("agency_code"), k -> new long[2]);
            for (String item : items) {
                String v = r.get(item);
                if (v.matches("[1-5]")) {
                    count[0]++;
                    count[1] += v.matches("[45]") ? 1 : 0;
                }
            }
        }
        List<Map<String, String>> tallies = rows(files.get("ratings-2026-10-01-2026-10-31-ballot-tallies.csv"));
        assertThat(tallies).as("the demo opens ballot boxes on 31 October").isNotEmpty();
        for (Map<String, String> t : tallies) {
            assertThat(codes.getOrDefault(t.get("agency_id"), t.get("agency_code")))
                    .isEqualTo(t.get("agency_code"));
            long[] count = byUnit.computeIfAbsent(t.get("agency_code"), k -> new long[2]);
            long slips = Long.parseLong(t.get("slips"));
            count[0] += slips;
            count[1] += Integer.parseInt(t.get("level")) >= 4 ? slips : 0;
        }
        JsonNode published = json(browser()
                        .get(
                                "/api/v1/insight/satisfaction?unit=22&groupBy=unit&from=2026-10-01&to=2026-10-31",
                                "quangninh",
                                PW)
                        .body())
                .get("items");
        assertThat(published.size()).isGreaterThan(3);
        for (JsonNode unit : published) {
            long[] count = byUnit.getOrDefault(unit.get("key").asString(), new long[2]);
            assertThat(count[0])
                    .as(unit.get("label").asString())
                    .isEqualTo(unit.get("n").asLong());
            assertThat(count[1])
                    .as(unit.get("label").asString())
                    .isEqualTo(unit.get("satisfied").asLong());
        }
    }

    @Test
    void theExportIsScopedAndBounded() throws Exception {
        Map<String, String> files = unzip(signedIn("honggai.lanhdao")
                .download("/bao-cao/du-lieu-danh-gia.zip?from=2026-10-01&to=2026-10-31")
                .body());
        List<Map<String, String>> rows = rows(files.get("ratings-2026-10-01-2026-10-31.csv"));
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("agency_code")).isEqualTo("22-06685"));
        assertThat(signedIn("halong.motcua")
                        .download("/bao-cao/du-lieu-danh-gia.zip")
                        .statusCode())
                .isEqualTo(403);
        assertThat(signedIn("quangninh")
                        .download("/bao-cao/du-lieu-danh-gia.zip?from=2025-01-01&to=2026-10-31")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theReportPageLinksTheExportOfItsPeriod() {
        assertThat(signedIn("quangninh").get("/bao-cao?period=2026-10").body())
                .contains("id=\"ratings-data\"")
                .contains("/bao-cao/du-lieu-danh-gia.zip?from=2026-10-01&amp;to=2026-10-31");
    }

    @Test
    void theApiServesTheSameExportToScripts() throws Exception {
        var r = browser().get("/api/v1/insight/ratings-data.zip?from=2026-10-01&to=2026-10-31", "quangninh", PW);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("ratings-2026-10-01-2026-10-31.zip");
        // for R read.csv and pandas: commas, unless the script asks for the Excel form; the same rows either way
        String api = "/api/v1/insight/ratings-data.zip?from=2026-10-01&to=2026-10-31";
        Map<String, String> comma = unzip(apiBytes(api));
        Map<String, String> semicolon = unzip(apiBytes(api + "&sep=semicolon"));
        String name = "ratings-2026-10-01-2026-10-31.csv";
        assertThat(comma.get(name)).startsWith("\uFEFFrating_id,rated_on,agency_id,");
        assertThat(comma.get("ratings-2026-10-01-2026-10-31-codebook.csv")).contains("RESULT,");
        assertThat(semicolon.get(name)).startsWith("\uFEFFrating_id;rated_on;agency_id;");
        assertThat(rows(comma.get(name))).hasSizeGreaterThan(100).isEqualTo(rows(semicolon.get(name)));
    }

    /** A script's download: basic authentication, no session. */
    byte[] apiBytes(String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(("quangninh:" + PW).getBytes(StandardCharsets.UTF_8)))
                .build();
        var r = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static List<Map<String, String>> rows(String csv) {
        List<TableRow> table = new ArrayList<>();
        Csv.read(new StringReader(csv), table::add);
        List<String> header = table.get(0).cells();
        List<Map<String, String>> out = new ArrayList<>();
        for (TableRow r : table.subList(1, table.size())) {
            Map<String, String> m = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                m.put(header.get(c), r.cell(c));
            }
            out.add(m);
        }
        return out;
    }
}
