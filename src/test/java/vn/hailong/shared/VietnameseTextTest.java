package vn.hailong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsDiacriticsCaseAndSpaces() {
        assertThat(VietnameseText.fold("  Đăng ký   KHAI SINH ")).isEqualTo("dang ky khai sinh");
        assertThat(VietnameseText.fold("Phường Hồng Gai")).isEqualTo("phuong hong gai");
        assertThat(VietnameseText.fold("Chứng thực bản sao từ bản chính")).isEqualTo("chung thuc ban sao tu ban chinh");
        assertThat(VietnameseText.fold(null)).isEmpty();
        assertThat(VietnameseText.containsPattern("50%_a")).isEqualTo("%50\\%\\_a%");
    }

    @Test
    void csvReadsQuotesLineBreaksCommentsAndLineNumbers() {
        String text =
                "\uFEFFcode,name\n# a comment\nA,\"Tờ khai, bản sao\"\r\nB,\"hai\ndòng\"\n\nC,\"nói \"\"có\"\"\"\n";
        List<TableRow> rows = new ArrayList<>();
        Csv.read(new StringReader(text), rows::add);
        assertThat(rows).extracting(TableRow::line).containsExactly(1L, 3L, 4L, 7L);
        assertThat(rows.get(1).cell(1)).isEqualTo("Tờ khai, bản sao");
        assertThat(rows.get(2).cell(1)).isEqualTo("hai\ndòng");
        assertThat(rows.get(3).cell(1)).isEqualTo("nói \"có\"");
        assertThat(rows.get(3).cell(5)).isEmpty();
    }

    @Test
    void namesSortInVietnameseOrderNotInCodePointOrder() {
        List<String> names = new ArrayList<>(List.of(
                "Xã Đông Triều",
                "Xã Yên Tử",
                "Phường Hồng Gai",
                "Phường Hạ Long",
                "Xã Ân Thi",
                "Xã Anh",
                "Xã Ăn",
                "Phường Ơn",
                "Phường Ôn",
                "Phường Oản",
                "Xã Dương Huy"));
        names.sort(VietnameseText.ORDER);
        assertThat(names)
                .containsExactly(
                        "Phường Hạ Long",
                        "Phường Hồng Gai",
                        "Phường Oản",
                        "Phường Ôn",
                        "Phường Ơn",
                        "Xã Anh",
                        "Xã Ăn",
                        "Xã Ân Thi",
                        "Xã Dương Huy",
                        "Xã Đông Triều",
                        "Xã Yên Tử");
    }
}
