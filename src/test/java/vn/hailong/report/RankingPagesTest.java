package vn.hailong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The report pages say how ranks are formed, rank in bands, and never "rank" a lone unit or the unknown-officer row. */
class RankingPagesTest extends AppTest {

    String year() {
        return String.valueOf(LocalDate.now(clock).minusMonths(2).getYear());
    }

    Browser signedIn(String user) {
        Browser b = browser();
        assertThat(b.signIn(user, "hailong-demo").statusCode()).isEqualTo(302);
        return b;
    }

    @Test
    void theProvinceRanksUnitsInBandsAndSaysHow() {
        String html = signedIn("quangninh").get("/bao-cao?period=" + year()).body();
        assertThat(html).contains("Xếp hạng theo nhóm").contains("Newcombe");
        // bands, not places: some band holds more than one unit in a year of demo data
        Matcher m =
                Pattern.compile("<span title=\"Nhóm hạng[^\"]*\">(\\d+)</span>").matcher(table(html, "units"));
        java.util.List<Integer> bands = new java.util.ArrayList<>();
        while (m.find()) {
            bands.add(Integer.parseInt(m.group(1)));
        }
        assertThat(bands).hasSizeGreaterThan(2).isSorted();
        assertThat(bands.stream().distinct().count()).isLessThan(bands.size());
        // in the last month some units have fewer than 30 answers: they say so; "not ranked" is only for the
        // unknown-officer row
        String month = signedIn("quangninh")
                .get("/bao-cao?period=" + java.time.YearMonth.now(clock).minusMonths(1))
                .body();
        assertThat(table(month, "units")).contains("chưa đủ câu trả lời").doesNotContain("không xếp hạng");
    }

    @Test
    void aLeaderWithOneUnitSeesNoRanking() {
        String units = table(
                signedIn("honggai.lanhdao").get("/bao-cao?period=" + year()).body(), "units");
        assertThat(units)
                .contains("Phường Hồng Gai")
                .contains("chỉ một, không xếp hạng")
                .doesNotContain("Nhóm hạng:");
    }

    @Test
    void theUnknownOfficerRowIsNotRankedRatherThanShortOfAnswers() {
        String officers = table(
                signedIn("quangninh")
                        .get("/bao-cao/don-vi/22-06685?period=" + year())
                        .body(),
                "officers");
        int at = officers.indexOf("Không rõ cán bộ");
        assertThat(at).as("the demo has answers without an officer").isPositive();
        String row = officers.substring(officers.lastIndexOf("<tr", at), officers.indexOf("</tr>", at));
        assertThat(row).contains("không xếp hạng").doesNotContain("chưa đủ câu trả lời");
    }

    private static String table(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).isPositive();
        return html.substring(start, html.indexOf("</table>", start));
    }
}
