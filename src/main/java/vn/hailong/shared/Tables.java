package vn.hailong.shared;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an uploaded table, CSV or XLSX (first sheet), row by row. A CSV is UTF-8 (with or without a BOM), or, when its
 * first megabyte is not valid UTF-8, the Vietnamese Windows code page (Windows-1258) in which Excel on a Vietnamese
 * Windows saves "CSV (Comma delimited)"; that code page writes tone marks as combining characters, so its cells are
 * composed (NFC) as every other text in HaiLong is.
 */
public final class Tables {

    /** How much of a CSV is checked to tell UTF-8 from Windows-1258. */
    static final int SNIFF_BYTES = 1 << 20;

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private Tables() {}

    public static void read(String fileName, InputStream in, Consumer<TableRow> consumer) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            readXlsx(in, consumer);
        } else {
            BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
            if (utf8(buffered)) {
                Csv.read(new InputStreamReader(buffered, StandardCharsets.UTF_8), consumer);
            } else {
                Csv.read(
                        new InputStreamReader(buffered, WINDOWS_1258),
                        row -> consumer.accept(new TableRow(
                                row.line(),
                                row.cells().stream()
                                        .map(c -> c == null ? null : Normalizer.normalize(c, Normalizer.Form.NFC))
                                        .toList())));
            }
        }
    }

    /** Whether the stream's first {@value #SNIFF_BYTES} bytes are UTF-8 (a sequence cut at the end counts as UTF-8). */
    private static boolean utf8(BufferedInputStream in) {
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            CoderResult r = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), head.length < SNIFF_BYTES);
            return !r.isError();
        } catch (IOException e) {
            throw new InvalidInputException("import.unreadable");
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
