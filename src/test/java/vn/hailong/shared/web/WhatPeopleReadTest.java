package vn.hailong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * The text a person reads on the key pages: names, not codes (no CHUNG_THUC, COMMUNE_PC, "tỉnh 22", anonymousUser) and
 * numbers written the Vietnamese way (no 36.5 %, no 3,321 for three thousand, no "−0,0").
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

    @Test
    void theRulesCatchWhatTheyAreFor() {
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

    static List<String> offences(String text) {
        List<String> out = new ArrayList<>();
        for (Pattern rule : RULES) {
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
