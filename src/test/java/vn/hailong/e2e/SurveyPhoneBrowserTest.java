package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.organization.Agencies;

/** An invited citizen answers the SIPAS survey on a small phone; factor 5 appears only after "gave feedback: yes". */
class SurveyPhoneBrowserTest extends BrowserTest {

    static final String GATE =
            "Ông/Bà có thực hiện góp ý, phản ánh, kiến nghị liên quan đến việc cung ứng dịch vụ hành chính công không?";
    static final String F1_1 =
            "Nơi ngồi chờ tại cơ quan giải quyết thủ tục hành chính/Bộ phận tiếp nhận và trả kết quả có đủ chỗ ngồi";
    static final String F5_2 = "Người dân, tổ chức thực hiện góp ý, phản ánh, kiến nghị dễ dàng";

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void answerAnInvitationOnAPhone() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        String created = browser()
                .postJson("/api/v1/campaigns", """
                {"title": "Khảo sát thử trên điện thoại", "questionnaireCode": "SIPAS-5x22", "questionnaireVersion": 1,
                 "periodFrom": "2026-11-01", "periodTo": "2026-12-31", "agencyIds": [%d], "quotas": {"%d": 2},
                 "lookbackFrom": "2025-11-01", "lookbackTo": "2026-11-22", "excludeMonths": 0, "seed": 5}""".formatted(hongGai, hongGai), "quangninh", "hailong-demo")
                .body();
        long campaign = json(created).get("id").asLong();
        List<String> tokens = jdbc.sql("select token from survey_invitation where campaign_id = :c order by id")
                .param("c", campaign)
                .query(String.class)
                .list();
        assertThat(tokens).hasSize(2);

        Page page = page(360, 740);
        page.navigate(base() + "/khao-sat/" + tokens.get(0));
        assertThat(page.locator("h1")).hasText("Khảo sát sự hài lòng");
        assertThat(page.locator(".where")).containsText("Phường Hồng Gai");
        Locator factor5 = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(F5_2));
        assertThat(factor5).isHidden();
        group(page, F1_1).getByText("Rất hài lòng").click();
        group(page, GATE)
                .getByText("Có", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(factor5).isVisible();
        factor5.getByText("Hài lòng", new Locator.GetByTextOptions().setExact(true))
                .click();
        screenshot(page, "survey-phone");
        // Changing the answer to "no" hides factor 5 again, and what was ticked there is not stored.
        group(page, GATE)
                .getByText("Không", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(factor5).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phiếu khảo sát"))
                .click();
        assertThat(page.locator("main")).containsText("Cảm ơn Ông/Bà đã trả lời phiếu khảo sát");
        assertThat(answers(tokens.get(0))).containsExactlyInAnyOrder("F1_1=5", "GOP_Y=NO");
        page.navigate(base() + "/khao-sat/" + tokens.get(0));
        assertThat(page.locator("main")).containsText("Phiếu khảo sát này đã được trả lời");

        page.navigate(base() + "/khao-sat/" + tokens.get(1));
        group(page, GATE)
                .getByText("Có", new Locator.GetByTextOptions().setExact(true))
                .click();
        factor5.getByText("Rất không hài lòng").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phiếu khảo sát"))
                .click();
        assertThat(page.locator("main")).containsText("Cảm ơn");
        assertThat(answers(tokens.get(1))).containsExactlyInAnyOrder("GOP_Y=YES", "F5_2=1");

        page.navigate(base() + "/khao-sat/khong-co-ma-nay");
        assertThat(page.locator("main")).containsText("Đường dẫn khảo sát không đúng");
    }

    Locator group(Page page, String name) {
        return page.getByRole(
                AriaRole.GROUP, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    List<String> answers(String token) {
        return jdbc.sql("""
                select x.item_code || '=' || coalesce(cast(x.score as varchar(10)), x.answer) from survey_answer x
                join survey_response r on r.id = x.response_id join survey_invitation i on i.id = r.invitation_id where i.token = :t""").param("t", token).query(String.class).list();
    }
}
