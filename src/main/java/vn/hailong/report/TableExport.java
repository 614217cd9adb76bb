package vn.hailong.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hailong.shared.Csv;

/**
 * Any report table as CSV in the form Vietnamese Excel opens in columns (UTF-8 with a BOM, ";", decimal comma: report
 * tables are read by people; the raw data under /api/ keeps the comma form) or as an Excel sheet (several as a
 * workbook).
 */
public final class TableExport {

    private TableExport() {}

    public static byte[] csv(ReportTable t) {
        StringBuilder b = new StringBuilder(Csv.line(Csv.Dialect.EXCEL_VI, t.headers()));
        t.rows().forEach(r -> b.append(Csv.line(Csv.Dialect.EXCEL_VI, r)));
        return Csv.withBom(b.toString());
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
}
