package vn.hailong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encodings of an uploaded CSV: UTF-8, and Excel's "CSV (Comma delimited)" on a Vietnamese Windows. */
class TablesTest {

    @Test
    void aCsvInTheVietnameseWindowsCodePageReadsAsComposedText() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("code,applicant_name\r\n22-06685-W,".getBytes(StandardCharsets.US_ASCII));
        // "Nguyễn Văn Ánh" in Windows-1258: ê (0xEA) then the combining tilde (0xDE), ă (0xE3), Á (0xC1)
        file.writeBytes(
                new byte[] {'N', 'g', 'u', 'y', (byte) 0xEA, (byte) 0xDE, 'n', ' ', 'V', (byte) 0xE3, 'n', ' '});
        file.writeBytes(new byte[] {(byte) 0xC1, 'n', 'h', '\r', '\n'});

        List<TableRow> rows = read("ho-so.csv", file.toByteArray());

        assertThat(rows.get(1).cell(1))
                .isEqualTo("Nguy\u1ec5n V\u0103n \u00c1nh")
                .hasSize(14);
    }

    @Test
    void aUtf8CsvIsReadAsItIs() {
        byte[] file = Csv.withBom("code,applicant_name\r\n22-06685-U,Trần Thị Bình\r\n");

        assertThat(read("ho-so.csv", file).get(1).cell(1)).isEqualTo("Trần Thị Bình");
    }

    private static List<TableRow> read(String name, byte[] file) {
        List<TableRow> rows = new ArrayList<>();
        Tables.read(name, new ByteArrayInputStream(file), rows::add);
        return rows;
    }
}
