package vn.hailong.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A small RFC 4180 reader and writer: quoted fields, doubled quotes, line breaks inside quotes, BOM. */
public final class Csv {

    /** The UTF-8 byte order mark, so that Excel reads the diacritics. */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {}

    /** One record, CRLF-terminated; a cell with a comma, quote or line break is quoted; null is empty. */
    public static String line(List<?> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String s = cells.get(i) == null ? "" : String.valueOf(cells.get(i));
            out.append(
                    s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                            ? "\"" + s.replace("\"", "\"\"") + "\""
                            : s);
        }
        return out.append("\r\n").toString();
    }

    /** Streams records with the line number on which each starts; lines starting with '#' are skipped. */
    public static void read(Reader source, Consumer<TableRow> consumer) {
        try (BufferedReader in = new BufferedReader(source)) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean atStart = true;
            long line = 1;
            long recordLine = 1;
            int c;
            boolean first = true;
            while ((c = in.read()) != -1) {
                if (first && c == '\uFEFF') {
                    first = false;
                    continue;
                }
                first = false;
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                    atStart = false;
                } else if (c == '#' && atStart) {
                    skipLine(in);
                    line++;
                    recordLine = line;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    atStart = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    if (!atStart || !field.isEmpty()) {
                        fields.add(field.toString());
                        consumer.accept(new TableRow(recordLine, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    atStart = true;
                    line++;
                    recordLine = line;
                } else {
                    field.append((char) c);
                    atStart = false;
                }
            }
            if (!atStart || !field.isEmpty()) {
                fields.add(field.toString());
                consumer.accept(new TableRow(recordLine, List.copyOf(fields)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void skipLine(BufferedReader in) throws IOException {
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            // skip the comment
        }
    }
}
