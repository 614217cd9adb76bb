package vn.hailong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.access.SystemActor;
import vn.hailong.dossier.DossierImport;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * The text a person reads on the key pages: names, not codes (no CHUNG_THUC, COMMUNE_PC, "tỉnh 22", anonymousUser, no
 * user name such as honggai.motcua where a person's full name belongs) and numbers written the Vietnamese way (no
 * 36.5 %, no 3,321 for three thousand, no "−0,0").
 */
class WhatPeopleReadTest extends AppTest {

    static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b");
    static final Pattern PROVINCE_CODE = Pattern.compile("(?i)\\btỉnh \\d{1,2}\\b");
    static final Pattern ANONYMOUS = Pattern.compile("anonymousUser");
    static final Pattern EN_DECIMAL = Pattern.compile("(?<![\\d.])\\d+\\.\\d+\\s?%");
    static final Pattern EN_THOUSANDS = Pattern.compile("(?<![\\d,.])\\d{1,3}(?:,\\d{3})+(?![\\d,.])");
    static final Pattern EN_GROUPED_COUNT = Pattern.compile("(?<![\\d,.])\\d{4,}(?= (?:xã|tỉnh|hồ sơ|lượt|ý kiến))");
    static final Pattern NEGATIVE_ZERO = Pattern.compile("[−-]0(?:,0+)?(?![\\d,])");
    static final List<Pattern> RULES =
            List.of(ENUM_CODE, PROVINCE_CODE, ANONYMOUS, EN_DECIMAL, EN_THOUSANDS, EN_GROUPED_COUNT, NEGATIVE_ZERO);

    static final List<String> STAFF_PAGES = List.of(
            "/",
            "/ho-so",
            "/bao-cao",
            "/bao-cao/danh-gia-tthc",
            "/canh-bao",
            "/canh-bao/quy-tac",
            "/danh-gia-thap",
            "/don-vi",
            "/thu-tuc",
            "/phan-anh",
            "/thu",
            "/lich",
            "/khao-sat-sipas",
            "/hom-phieu",
            "/quan-tri/nguoi-dung",
            "/quan-tri/khoa-api",
            "/quan-tri/thiet-bi");
    static final List<String> CITIZEN_PAGES = List.of("/cong-khai", "/cong-khai/gop-y", "/gop-y", "/danh-gia");

    @Test
    void keyPagesShowNamesAndVietnameseNumbers() {
        List<String> found = new ArrayList<>();
        Browser citizen = browser();
        CITIZEN_PAGES.forEach(p -> found.addAll(read(citizen, p)));
        for (String user : List.of("quangninh", "honggai.motcua")) {
            Browser staff = browser();
            assertThat(staff.signIn(user, "hailong-demo").statusCode()).isEqualTo(302);
            STAFF_PAGES.forEach(p -> found.addAll(read(staff, p)));
            String list = staff.get("/ho-so").body();
            Matcher first = Pattern.compile("href=\"(/ho-so/\\d{2}-[0-9-]+)\"").matcher(list);
            if (first.find()) {
                found.addAll(read(staff, first.group(1)));
            }
        }
        assertThat(found).as("codes or en-style numbers where a person reads").isEmpty();
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DossierImport dossiers;

    /**
     * Where staff actions are shown — a dossier's timeline, a feedback case's timeline, a ballot session (entered,
     * checked, closed, sealed), the audit log, a user's page and the header — the person's full name stands, with the
     * user name only in the tooltip; a citizen's action reads "Công dân", the system's jobs "Hệ thống tự động".
     */
    @Test
    void staffActionsShowPeopleNotUserNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select username, full_name from app_user")
                .query((rs, i) -> names.put(rs.getString(1), rs.getString(2)))
                .list();
        Pattern userName = userNames(names.keySet());
        String code = "22-06685-NAMES-0001";
        SystemActor.call(
                "honggai.motcua",
                () -> dossiers.importFile(
                        "ten.csv", new ByteArrayInputStream(("""
                        code,agency_code,procedure_code,channel,applicant_name,applicant_phone,applicant_email,received_at,due_at,resolved_at,returned_at,status
                        %s,22-06685,HT-001,1,Nguyễn Văn Tên,,,2026-11-02T08:30,,2026-11-03T15:00,,
                        """.formatted(code)).getBytes(StandardCharsets.UTF_8))));
        long feedback = jdbc.sql("""
                        select c.id from feedback_case c join agency a on a.id = c.agency_id
                        where a.code = '22-06685' and exists (select 1 from feedback_event e where e.case_id = c.id
                          and e.actor = 'citizen') order by c.id fetch first 1 rows only""").query(Long.class).single();
        // an officer's step on the case (the demo's steps are the loader's own)
        jdbc.sql("""
                        insert into feedback_event (case_id, at, actor, action, note)
                        select case_id, max(at), 'honggai.lanhdao', 'RECEIVED', null from feedback_event
                        where case_id = :c group by case_id""").param("c", feedback).update();
        long session = jdbc.sql("select id from ballot_session where closed_by = 'honggai.lanhdao'"
                        + " order by id fetch first 1 rows only")
                .query(Long.class)
                .single();

        Browser province = browser();
        assertThat(province.signIn("quangninh", "hailong-demo").statusCode()).isEqualTo(302);
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("/ho-so/" + code, names.get("honggai.motcua"));
        pages.put("/phan-anh/" + feedback, names.get("honggai.lanhdao"));
        pages.put("/hom-phieu/phien/" + session, "kết thúc: " + names.get("honggai.lanhdao"));
        pages.put("/", names.get("quangninh"));
        List<String> found = new ArrayList<>();
        pages.forEach((path, name) -> {
            String text = visibleText(province.get(path).body());
            assertThat(text).as(path).contains(name);
            found.addAll(
                    offences(text, userName).stream().map(o -> path + ": " + o).toList());
        });
        assertThat(visibleText(province.get("/phan-anh/" + feedback).body()))
                .contains("Công dân")
                .doesNotContain(" citizen ");
        // the user name stays at hand for staff, as the tooltip
        assertThat(province.get("/ho-so/" + code).body()).contains("title=\"honggai.motcua\"");

        Browser admin = browser();
        assertThat(admin.signIn("admin", "hailong-demo").statusCode()).isEqualTo(302);
        for (String path : List.of("/quan-tri/nhat-ky")) {
            found.addAll(offences(visibleText(admin.get(path).body()), userName).stream()
                    .map(o -> path + ": " + o)
                    .toList());
        }
        assertThat(visibleText(admin.get("/quan-tri/nhat-ky").body())).contains(names.get("honggai.lanhdao"));
        assertThat(found).as("user names where a person's name belongs").isEmpty();
    }

    /** A user name as a word of its own: not inside an e-mail address, a file name or a longer word. */
    static Pattern userNames(java.util.Collection<String> userNames) {
        return Pattern.compile("(?<![\\w@./-])(?:"
                + String.join("|", userNames.stream().map(Pattern::quote).toList())
                + ")(?![\\w@/-]|\\.\\w)");
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        Pattern demo = userNames(List.of("honggai.motcua", "quangninh"));
        assertThat(offences("Tiếp nhận (honggai.motcua) · quangninh", demo)).hasSize(2);
        assertThat(offences("Phạm Thị Lan, honggai.motcua@hailong.example, quangninh.gov.vn", demo))
                .isEmpty();
        assertThat(offences("Lĩnh vực CHUNG_THUC, loại COMMUNE_PC")).hasSize(2);
        assertThat(offences("Tỉnh 22")).hasSize(1);
        assertThat(offences("bởi anonymousUser")).hasSize(1);
        assertThat(offences("36.5 % và 1,234 hồ sơ, −0,0 điểm, 3321 xã")).hasSize(4);
        assertThat(offences("36,5 % và 1.234 hồ sơ, mã 22-06685-261118-0001, TTHC 1.001193, +2,5 điểm"))
                .isEmpty();
    }

    List<String> read(Browser browser, String path) {
        HttpResponse<String> page = browser.get(path);
        if (page.statusCode() == 302 || page.statusCode() == 403) {
            return List.of(); // not this user's page
        }
        if (page.statusCode() != 200) {
            return List.of(path + ": HTTP " + page.statusCode());
        }
        return offences(visibleText(page.body())).stream()
                .map(o -> path + ": " + o)
                .toList();
    }

    static List<String> offences(String text, Pattern... more) {
        List<String> out = new ArrayList<>();
        List<Pattern> rules = new ArrayList<>(RULES);
        rules.addAll(List.of(more));
        for (Pattern rule : rules) {
            Matcher m = rule.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(text.length(), m.end() + 20);
                out.add("«" + m.group() + "» in …" + text.substring(from, to).replaceAll("\\s+", " ") + "…");
            }
        }
        return out;
    }

    /** The page's text as a person sees it: no scripts, styles, templates, tags or attributes. */
    static String visibleText(String html) {
        return html.replaceAll("(?is)<(script|style|template)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
    }
}
