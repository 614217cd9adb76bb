package vn.hailong.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Any report table as CSV (UTF-8 with a BOM, so Excel reads the diacritics) or as an Excel sheet (several as a workbook). */
public final class TableExport {

    private TableExport() {}

    public static byte[] csv(ReportTable t) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, t.headers());
        t.rows().forEach(r -> line(b, r));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(ReportTable t) {
        return xlsx(List.of(t));
    }

    /** Several tables as the sheets of one workbook, in order. */
    public static byte[] xlsx(List<ReportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "HaiLong", "1.0")) {
            for (ReportTable t : tables) {
                sheet(wb, t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Workbook wb, ReportTable t) {
        Worksheet ws = wb.newWorksheet(t.name().length() > 31 ? t.name().substring(0, 31) : t.name());
        for (int c = 0; c < t.headers().size(); c++) {
            ws.value(0, c, t.headers().get(c));
            ws.style(0, c).bold().fillColor("EFEEE9").set();
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (v != null) {
                    ws.value(r + 1, c, v.toString());
                }
            }
        }
        ws.freezePane(0, 1);
    }

    private static void line(StringBuilder b, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = cells.get(i);
            String s = v == null ? "" : v.toString();
            if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
                s = "\"" + s.replace("\"", "\"\"") + "\"";
            }
            b.append(s);
        }
        b.append("\r\n");
    }
}
