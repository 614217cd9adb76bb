package vn.hailong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hailong.shared.Csv.Dialect;

/** The one CSV writer in both dialects, byte for byte, and the reader that tells them apart by the header. */
class CsvTest {

    static final List<Object> HEADER = List.of("đơn vị", "tỷ lệ (%)", "n", "ngày");
    static final List<Object> ROW = Arrays.asList(
            "UBND phường Hồng Gai; Hạ Long", 83.3, 1234L, LocalDate.of(2026, 11, 18), null, "nói \"rất tốt\", nhanh");

    @Test
    void excelFormIsBomSemicolonCrlfAndDecimalComma() {
        byte[] bytes = Csv.withBom(Csv.line(Dialect.EXCEL_VI, HEADER) + Csv.line(Dialect.EXCEL_VI, ROW));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("đơn vị;tỷ lệ (%);n;ngày\r\n"
                        + "\"UBND phường Hồng Gai; Hạ Long\";83,3;1234;2026-11-18;;\"nói \"\"rất tốt\"\", nhanh\"\r\n");
        assertThat(text).doesNotContain("sep=");
    }

    @Test
    void commaFormIsRfc4180WithDecimalPoint() {
        assertThat(Csv.line(Dialect.COMMA, ROW))
                .isEqualTo("UBND phường Hồng Gai; Hạ Long,83.3,1234,2026-11-18,,\"nói \"\"rất tốt\"\", nhanh\"\r\n");
    }

    @Test
    void decimalsArePlainWithoutGroupingOrExponent() {
        assertThat(Csv.line(
                        Dialect.EXCEL_VI, Arrays.asList(0.00001, 1234567.5, new BigDecimal("1E+3"), 2.5f, Double.NaN)))
                .isEqualTo("0,00001;1234567,5;1000;2,5;\r\n");
    }

    @Test
    void bothFormsReadBackTheSameCells() {
        for (Dialect d : Dialect.values()) {
            String text = "\uFEFF" + Csv.line(d, HEADER) + Csv.line(d, ROW) + Csv.line(d, List.of("hai\ndòng", "x"));
            List<TableRow> rows = new ArrayList<>();
            Csv.read(new StringReader(text), rows::add);
            assertThat(rows).extracting(TableRow::line).containsExactly(1L, 2L, 3L);
            assertThat(rows.get(0).cells()).containsExactly("đơn vị", "tỷ lệ (%)", "n", "ngày");
            assertThat(rows.get(1).cells())
                    .containsExactly(
                            "UBND phường Hồng Gai; Hạ Long",
                            d == Dialect.COMMA ? "83.3" : "83,3",
                            "1234",
                            "2026-11-18",
                            "",
                            "nói \"rất tốt\", nhanh");
            assertThat(rows.get(2).cells()).containsExactly("hai\ndòng", "x");
        }
    }

    @Test
    void theSeparatorIsTakenFromTheHeaderAfterComments() {
        List<TableRow> rows = new ArrayList<>();
        Csv.read(new StringReader("# ghi chú, với dấu phẩy, nhiều\n\na;\"b,c\";d\n1,5;2;3\n"), rows::add);
        assertThat(rows.get(0).cells()).containsExactly("a", "b,c", "d");
        assertThat(rows.get(1).cells()).containsExactly("1,5", "2", "3");
        assertThat(rows.get(1).line()).isEqualTo(4L);

        rows.clear();
        Csv.read(new StringReader("a,\"b;c;d\",e\r\n1;2,3,4\r\n"), rows::add);
        assertThat(rows.get(0).cells()).containsExactly("a", "b;c;d", "e");
        assertThat(rows.get(1).cells()).containsExactly("1;2", "3", "4");
    }

    @Test
    void theApiParameterChoosesTheDialect() {
        assertThat(Csv.Dialect.of(null)).isEqualTo(Dialect.COMMA);
        assertThat(Csv.Dialect.of("comma")).isEqualTo(Dialect.COMMA);
        assertThat(Csv.Dialect.of("semicolon")).isEqualTo(Dialect.EXCEL_VI);
        assertThat(Csv.Dialect.of(";")).isEqualTo(Dialect.EXCEL_VI);
    }
}
