package vn.hailong.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one CSV reader and writer (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF, BOM). It
 * writes in one of two {@link Dialect}s — what Vietnamese Excel opens in columns, or what R and Python read by
 * default — and reads either, telling them apart by the header line.
 */
public final class Csv {

    /** The UTF-8 byte order mark, so that Excel reads the diacritics. */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** How cells are separated and decimals written; no {@code sep=} hint line in either (it breaks other readers). */
    public enum Dialect {
        /** Comma and decimal point: R {@code read.csv}, Python {@code csv}/pandas defaults; the API's default. */
        COMMA(',', '.'),
        /** Semicolon and decimal comma: Excel with the Vietnamese locale (list separator ";"), R {@code read.csv2}. */
        EXCEL_VI(';', ',');

        private final char separator;
        private final char decimal;

        Dialect(char separator, char decimal) {
            this.separator = separator;
            this.decimal = decimal;
        }

        public char separator() {
            return separator;
        }

        /** An API's {@code sep} parameter: "semicolon" (or ";") asks for the Excel form, anything else the comma form. */
        public static Dialect of(String sep) {
            return sep != null && (sep.equalsIgnoreCase("semicolon") || sep.equals(";")) ? EXCEL_VI : COMMA;
        }
    }

    private Csv() {}

    /**
     * One record, CRLF-terminated; null is empty; a cell with the separator, a quote or a line break is quoted;
     * decimal numbers (double, float, BigDecimal) in plain notation with the dialect's decimal mark, no grouping and no
     * trailing zeros (83.0 is 83), integers as they are.
     */
    public static String line(Dialect dialect, List<?> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(dialect.separator);
            }
            String s = cell(dialect, cells.get(i));
            out.append(
                    s.indexOf(dialect.separator) >= 0 || s.contains("\"") || s.contains("\n") || s.contains("\r")
                            ? "\"" + s.replace("\"", "\"\"") + "\""
                            : s);
        }
        return out.append("\r\n").toString();
    }

    private static String cell(Dialect dialect, Object value) {
        String plain;
        if (value == null) {
            return "";
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "";
            }
            plain = new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        } else if (value instanceof BigDecimal b) {
            plain = b.toPlainString();
        } else {
            return String.valueOf(value);
        }
        return plain.replace('.', dialect.decimal);
    }

    /** A whole file's text as UTF-8 bytes after a BOM. */
    public static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    /**
     * Streams records with the line number on which each starts; lines starting with '#' are skipped. The separator
     * is ';' if the first record (the header) has more semicolons than commas outside quotes, else ','.
     */
    public static void read(Reader source, Consumer<TableRow> consumer) {
        try (BufferedReader in = new BufferedReader(source)) {
            char separator = separator(in);
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
                } else if (c == separator) {
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

    /** Looks at the first record that is not a comment (at most 64 KiB) and goes back to the start. */
    private static char separator(BufferedReader in) throws IOException {
        int limit = 1 << 16;
        in.mark(limit);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean atStart = true;
        int c;
        for (int read = 0; read < limit && (c = in.read()) != -1; read++) {
            if (read == 0 && c == '\uFEFF') {
                continue;
            }
            if (quoted) {
                quoted = c != '"';
                continue;
            }
            if (atStart && c == '#') {
                while (read < limit && (c = in.read()) != -1 && c != '\n') {
                    read++;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (!atStart) {
                    break;
                }
                continue;
            }
            atStart = false;
            if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                commas++;
            } else if (c == ';') {
                semicolons++;
            }
        }
        in.reset();
        return semicolons > commas ? ';' : ',';
    }

    private static void skipLine(BufferedReader in) throws IOException {
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            // skip the comment
        }
    }
}
