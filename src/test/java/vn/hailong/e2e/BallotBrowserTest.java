package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The secretary opens this month's session from the list of sessions due, enters the committee, the seals
 * and the count (a total that does not add up is refused), a second member checks it, the leader closes
 * it, and the secretary downloads the minutes.
 */
// on the month's last working day the month's opening is on the secretary's list of sessions due (a week ahead)
@vn.hailong.support.ChosenInstant.MonthsLastWorkingDay
class BallotBrowserTest extends BrowserTest {

    @Test
    void secretaryEntersASessionAndDownloadsTheMinutes() throws Exception {
        Page page = page(1280, 900);
        signIn(page, "honggai.thuky");
        page.navigate(base() + "/hom-phieu");
        assertThat(page.locator("h1")).hasText("Hòm phiếu đánh giá sự hài lòng");
        Locator due = page.locator("#due tbody tr").filter(new Locator.FilterOptions().setHasText("sảnh chờ"));
        assertThat(due).containsText("Chưa mở");
        screenshot(page, "ballot-list");
        due.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Thực hiện"))
                .click();
        assertThat(page.locator("h1")).containsText("Mở hòm phiếu tháng");

        String[] names = {"Trần Văn Minh", "Nguyễn Văn Thịnh", "Vũ Thị Thu", "Phạm Thị Lan", "Lê Thị Hoa"};
        for (int i = 0; i < names.length; i++) {
            page.getByLabel("Họ và tên thành viên " + (i + 1), new Page.GetByLabelOptions().setExact(true))
                    .fill(names[i]);
        }
        page.getByLabel("Số niêm phong mới").fill("06685/NEW-1");
        page.getByLabel("Tổng số phiếu", new Page.GetByLabelOptions().setExact(true))
                .fill("300");
        page.getByLabel("Phiếu hợp lệ", new Page.GetByLabelOptions().setExact(true))
                .fill("290");
        page.getByLabel("Phiếu không hợp lệ", new Page.GetByLabelOptions().setExact(true))
                .fill("4");
        fill(page, "Kết quả giải quyết thủ tục hành chính", 100, 30, 5);
        fill(page, "Thái độ, giao tiếp, tinh thần trách nhiệm của cán bộ", 110, 25, 2);
        page.getByLabel("Ý kiến, kiến nghị ghi trên phiếu")
                .fill("Cán bộ hướng dẫn nhiệt tình.\nĐề nghị thêm ghế ngồi chờ.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kết quả kiểm phiếu"))
                .click();
        assertThat(page.locator(".alert.error"))
                .containsText("Số phiếu không khớp: hợp lệ (290) + không hợp lệ (4) = 294");
        // the form keeps what was typed
        assertThat(page.getByLabel("Họ và tên thành viên 2", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Nguyễn Văn Thịnh");
        page.getByLabel("Phiếu hợp lệ", new Page.GetByLabelOptions().setExact(true))
                .fill("296");
        screenshot(page, "ballot-session-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kết quả kiểm phiếu"))
                .click();
        assertThat(page.locator("#status")).containsText("Đã nhập, chờ đối chiếu");
        assertThat(page.locator("#counts")).containsText("300 phiếu trong hòm: 296 hợp lệ, 4 không hợp lệ");
        String session = page.url();

        Page leader = page(1280, 900);
        signIn(leader, "honggai.lanhdao");
        leader.navigate(session);
        leader.getByLabel("Đối chiếu: tổng số phiếu").fill("300");
        leader.getByLabel("Đối chiếu: phiếu hợp lệ").fill("296");
        leader.getByLabel("Đối chiếu: phiếu không hợp lệ").fill("4");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận đối chiếu"))
                .click();
        assertThat(leader.locator("#status")).containsText("Đã đối chiếu, chờ kết thúc");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc phiên và khóa biên bản"))
                .click();
        assertThat(leader.locator("#status")).containsText("Đã kết thúc");
        org.assertj.core.api.Assertions.assertThat(dialogs)
                .anyMatch(m -> m.startsWith("Kết thúc phiên sẽ khóa biên bản"));

        page.reload();
        assertThat(page.locator("#status")).containsText("Đã kết thúc");
        screenshot(page, "ballot-session-closed");
        Download download = page.waitForDownload(() -> page.locator("#minutes").click());
        byte[] pdf = Files.readAllBytes(download.path());
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/ballot-minutes-browser.pdf"), pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains(
                            "BIÊN BẢN MỞ HÒM PHIẾU ĐÁNH GIÁ SỰ HÀI LÒNG",
                            "Tổng số phiếu trong hòm: 300 phiếu; phiếu hợp lệ: 296; phiếu không hợp lệ: 4",
                            "06685/NEW-1",
                            "Nguyễn Văn Thịnh",
                            "Đề nghị thêm ghế ngồi chờ.");
        }
    }

    private static void fill(Page page, String item, int veryGood, int good, int neutral) {
        page.getByLabel(item + " – Rất hài lòng").fill(String.valueOf(veryGood));
        page.getByLabel(item + " – Hài lòng", new Page.GetByLabelOptions().setExact(true))
                .fill(String.valueOf(good));
        page.getByLabel(item + " – Bình thường").fill(String.valueOf(neutral));
    }
}
