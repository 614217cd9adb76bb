package vn.hailong.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads an uploaded table, CSV or XLSX (first sheet), row by row. */
public final class Tables {

    private Tables() {}

    public static void read(String fileName, InputStream in, Consumer<TableRow> consumer) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            readXlsx(in, consumer);
        } else {
            Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8), consumer);
        }
    }

    private static void readXlsx(InputStream in, Consumer<TableRow> consumer) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            try (var rows = sheet.openStream()) {
                rows.forEach(row -> consumer.accept(new TableRow(row.getRowNum(), cells(row))));
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // not a workbook, a damaged one, or one with a DTD (the reader refuses DTDs and external entities)
            throw new InvalidInputException("import.unreadable");
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getCellAsString(i).orElse(""));
        }
        return cells;
    }
}
