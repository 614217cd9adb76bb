package vn.hailong.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The reception form as a browser posts it: an unticked box sends nothing, and nothing unticked is received. */
class ReceptionFormTest extends AppTest {

    @Autowired
    Agencies agencies;

    @Test
    void theSignedInOfficerIsTheDefaultReceivingOfficer() {
        Browser b = browser();
        b.signIn("honggai.motcua", "hailong-demo");
        String page = b.get("/ho-so/tiep-nhan").body();
        Matcher selected = Pattern.compile("<option value=\"(\\d+)\" selected=\"selected\">([^<]+)</option>")
                .matcher(page.substring(page.indexOf("id=\"receivingOfficerId\"")));
        assertThat(selected.find()).isTrue();
        assertThat(selected.group(2)).isEqualTo("Phạm Thị Lan");
    }

    @Test
    void anUntickedDocumentIsNotReceivedAndEachKeepsItsKind() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Browser b = browser();
        b.signIn("honggai.motcua", "hailong-demo");
        String csrf = Browser.csrf(b.get("/ho-so/tiep-nhan").body());
        // line 0 ticked (shown), line 1 unticked: the browser sends its name, form and count but no "selected"
        String form = "agencyId=" + hongGai + "&procedureCode=HT-008&channel=IN_PERSON&applicantKind=CITIZEN"
                + "&applicantName=" + enc("Đỗ Văn Hải") + "&sets=1"
                + "&documents[0].selected=true&documents[0].name=" + enc("Căn cước công dân")
                + "&documents[0].form=SHOWN&documents[0].count=1"
                + "&documents[1].name=" + enc("Giấy tờ không nộp") + "&documents[1].form=ORIGINAL&documents[1].count=2"
                + "&_csrf=" + enc(csrf);
        HttpResponse<String> posted = b.postForm("/ho-so/tiep-nhan", form);
        assertThat(posted.statusCode()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        String code = location.substring(location.indexOf("/ho-so/") + 7, location.indexOf('?'));

        JsonNode d = json(b.get("/api/v1/dossiers/" + code, "honggai.motcua", "hailong-demo")
                .body());
        assertThat(d.get("documents")).hasSize(1);
        assertThat(d.get("documents").get(0).get("name").asString()).isEqualTo("Căn cước công dân");
        assertThat(d.get("documents").get(0).get("form").asString()).isEqualTo("SHOWN");
        assertThat(b.get("/ho-so/" + code).body())
                .contains("Xuất trình bản chính")
                .doesNotContain("Giấy tờ không nộp");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
