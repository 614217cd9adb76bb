package vn.hailong.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hailong.support.AppTest;

/** The shipped questionnaires over the API, JSON export and import, and published versions that never change. */
class QuestionnairesTest extends AppTest {

    @Test
    void sipasCriteriaAreWordedExactlyAsTheSeed() throws Exception {
        JsonNode sipas = questionnaire("SIPAS-5x22", 1);
        List<String> criteria = new ArrayList<>();
        int factorItems = 0;
        for (JsonNode section : sipas.get("sections")) {
            for (JsonNode item : section.get("items")) {
                if (item.get("role").asString().equals("CRITERION")) {
                    criteria.add(item.get("text").asString());
                }
                factorItems += item.get("role").asString().equals("FACTOR") ? 1 : 0;
            }
        }
        List<String> seed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^– (.+?)[;.]?$").matcher(Files.readString(seedFile()));
        while (m.find()) {
            // The seed is a web page: a few spaces in it are no-break spaces (U+00A0); the words are the same.
            seed.add(m.group(1).replace('\u00a0', ' '));
        }
        assertThat(criteria).hasSize(22).containsExactlyElementsOf(seed);
        assertThat(factorItems).isEqualTo(5);
        JsonNode f5 = sipas.get("sections").get(5);
        assertThat(f5.get("title").asString()).isEqualTo("Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị");
        assertThat(f5.get("condition").get("item").asString()).isEqualTo("GOP_Y");
        assertThat(sipas.get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void theNationalModelKeepsTheFiveServiceFactorsWithMergedCriteriaAndAddsThePerceptionPart() {
        JsonNode model = questionnaire("QD1001-2023", 1);
        assertThat(model.get("status").asString()).isEqualTo("PUBLISHED");
        List<String> factors = new ArrayList<>();
        int criteria = 0;
        for (JsonNode section : model.get("sections")) {
            int factorItems = 0;
            for (JsonNode item : section.get("items")) {
                criteria += item.get("role").asString().equals("CRITERION") ? 1 : 0;
                factorItems += item.get("role").asString().equals("FACTOR") ? 1 : 0;
            }
            if (factorItems > 0) {
                assertThat(factorItems).isEqualTo(1);
                factors.add(section.get("code").asString());
            }
        }
        assertThat(factors).containsExactly("F1", "F2", "F3", "F4", "F5");
        assertThat(criteria).isBetween(5, 21);
        assertThat(model.get("sections").get(1).get("title").asString()).startsWith("Nhận định");
        assertThat(model.get("sections").get(6).get("condition").get("item").asString())
                .isEqualTo("GOP_Y");
    }

    @Test
    void listShowsTheSurveyQuestionnairesAndTheCounterFormsReadOnly() {
        JsonNode list = json(browser()
                .get("/api/v1/questionnaires", "quangninh", "hailong-demo")
                .body());
        List<String> codes = new ArrayList<>();
        list.get("items")
                .forEach(q -> codes.add(
                        q.get("code").asString() + "/" + q.get("source").asString()));
        assertThat(codes)
                .contains("SIPAS-5x22/survey", "QD1001-2023/survey", "ND61-9/survey", "QUICK/rating", "EIGHT/rating");
        JsonNode nd61 = questionnaire("ND61-9", 1);
        assertThat(nd61.get("sections").get(0).get("items")).hasSize(9);
        assertThat(browser().get("/api/v1/questionnaires").statusCode()).isEqualTo(401);
    }

    @Test
    void exportThenImportMakesANewVersionAndPublishedOnesNeverChange() {
        ObjectNode exported = (ObjectNode) questionnaire("SIPAS-5x22", 1);
        exported.put("code", "SIPAS-TEST");
        exported.put("title", "Bản thử");
        HttpResponse<String> created =
                browser().postJson("/api/v1/questionnaires", exported.toString(), "admin", "hailong-demo");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created.body()).get("version").asInt()).isEqualTo(1);
        // Saving again replaces the draft.
        assertThat(json(browser()
                                .postJson("/api/v1/questionnaires", exported.toString(), "admin", "hailong-demo")
                                .body())
                        .get("version")
                        .asInt())
                .isEqualTo(1);
        assertThat(browser()
                        .postJson("/api/v1/questionnaires/SIPAS-TEST/1/publish", "", "admin", "hailong-demo")
                        .statusCode())
                .isEqualTo(200);
        assertThat(browser()
                        .postJson("/api/v1/questionnaires/SIPAS-TEST/1/publish", "", "admin", "hailong-demo")
                        .statusCode())
                .isEqualTo(409);
        // Editing the published one makes version 2; version 1 stays as it was.
        exported.put("title", "Bản thử, sửa");
        assertThat(json(browser()
                                .postJson("/api/v1/questionnaires", exported.toString(), "admin", "hailong-demo")
                                .body())
                        .get("version")
                        .asInt())
                .isEqualTo(2);
        assertThat(questionnaire("SIPAS-TEST", 1).get("title").asString()).isEqualTo("Bản thử");
        assertThat(questionnaire("SIPAS-TEST", 2).get("title").asString()).isEqualTo("Bản thử, sửa");
        assertThat(questionnaire("SIPAS-TEST", 2).get("status").asString()).isEqualTo("DRAFT");
        assertThat(questionnaire("SIPAS-TEST", 2).get("sections"))
                .isEqualTo(questionnaire("SIPAS-5x22", 1).get("sections"));
    }

    @Test
    void invalidQuestionnairesAreRefusedInVietnamese() {
        ObjectNode bad = (ObjectNode) questionnaire("ND61-9", 1);
        bad.put("code", "BAD");
        ((ObjectNode) bad.get("sections").get(0).get("items").get(0)).put("role", "CRITERION");
        HttpResponse<String> refused =
                browser().postJson("/api/v1/questionnaires", bad.toString(), "admin", "hailong-demo");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused.body()).get("detail").asString()).contains("Câu hỏi CT1 không hợp lệ");
        assertThat(browser()
                        .postJson("/api/v1/questionnaires", bad.toString(), "honggai.motcua", "hailong-demo")
                        .statusCode())
                .isEqualTo(403);
    }

    JsonNode questionnaire(String code, int version) {
        HttpResponse<String> r =
                browser().get("/api/v1/questionnaires/" + code + "/" + version, "quangninh", "hailong-demo");
        assertThat(r.statusCode()).isEqualTo(200);
        return json(r.body());
    }

    static Path seedFile() throws Exception {
        // A copy of seed 004 (Bắc Kạn's 2018 SIPAS plan, from ../shared/seeds) kept with the tests, so a clone alone
        // suffices.
        return Path.of(QuestionnairesTest.class
                .getResource("/seeds/004_bac-kan-sipas-2018.txt")
                .toURI());
    }

    @Test
    void theEditorSavesADraftPreviewsAndPublishesAndAPublishedVersionIsNeverEdited() {
        vn.hailong.support.Browser admin = browser();
        admin.signIn("admin", "hailong-demo");
        String editor = admin.get("/khao-sat-sipas/bang-hoi/soan").body();
        assertThat(editor).contains("Soạn bảng hỏi").contains("&quot;code&quot; : &quot;MOI&quot;");
        String text = """
                {"code": "EDITOR-TEST", "title": "Phiếu thử soạn", "sections": [{"code": "F1", "title": "Tiếp cận", "items": [
                 {"code": "F1_1", "text": "Có đủ chỗ ngồi", "type": "SATISFACTION", "options": [], "notApplicable": true, "role": "CRITERION"}]}]}""";
        HttpResponse<String> saved = admin.postForm(
                "/khao-sat-sipas/bang-hoi/soan",
                "text=" + enc(text) + "&_csrf=" + enc(vn.hailong.support.Browser.csrf(editor)));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse(""))
                .as(() -> errorOf(admin.get("/khao-sat-sipas/bang-hoi/soan").body()))
                .endsWith("/khao-sat-sipas/bang-hoi/EDITOR-TEST/1");
        String preview = admin.get("/khao-sat-sipas/bang-hoi/EDITOR-TEST/1").body();
        assertThat(preview).contains("Có đủ chỗ ngồi").contains("Bản nháp").contains("Ban hành phiên bản này");
        assertThat(admin.postForm(
                                "/khao-sat-sipas/bang-hoi/EDITOR-TEST/1/ban-hanh",
                                "_csrf=" + enc(vn.hailong.support.Browser.csrf(preview)))
                        .statusCode())
                .isEqualTo(302);
        String published = admin.get("/khao-sat-sipas/bang-hoi/EDITOR-TEST/1").body();
        assertThat(published)
                .contains("Đã ban hành")
                .doesNotContain("Ban hành phiên bản này")
                .contains("Soạn phiên bản mới");
        HttpResponse<String> again = admin.postForm(
                "/khao-sat-sipas/bang-hoi/soan",
                "text=" + enc(text.replace("Có đủ chỗ ngồi", "Có đủ chỗ ngồi chờ")) + "&_csrf="
                        + enc(vn.hailong.support.Browser.csrf(published)));
        assertThat(again.headers().firstValue("Location").orElse(""))
                .as("a new version, v1 untouched")
                .endsWith("/EDITOR-TEST/2");
        assertThat(admin.get("/khao-sat-sipas/bang-hoi/EDITOR-TEST/1").body()).doesNotContain("Có đủ chỗ ngồi chờ");

        HttpResponse<String> bad = admin.postForm(
                "/khao-sat-sipas/bang-hoi/soan",
                "text=" + enc("{\"code\": ") + "&_csrf=" + enc(vn.hailong.support.Browser.csrf(published)));
        assertThat(bad.headers().firstValue("Location").orElse("")).endsWith("/khao-sat-sipas/bang-hoi/soan");
        assertThat(admin.get("/khao-sat-sipas/bang-hoi/soan").body())
                .contains("Nội dung không phải JSON hợp lệ của một bảng hỏi");

        String exported =
                admin.get("/khao-sat-sipas/bang-hoi/EDITOR-TEST/2/json").body();
        assertThat(json(exported)
                        .get("sections")
                        .get(0)
                        .get("items")
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo("Có đủ chỗ ngồi chờ");
        vn.hailong.support.Browser leader = browser();
        leader.signIn("honggai.lanhdao", "hailong-demo");
        assertThat(leader.get("/khao-sat-sipas/bang-hoi/soan").statusCode()).isEqualTo(403);
    }

    static String errorOf(String page) {
        Matcher m = Pattern.compile("role=\"alert\">([^<]*)<").matcher(page);
        return m.find() ? m.group(1) : "no error shown";
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
