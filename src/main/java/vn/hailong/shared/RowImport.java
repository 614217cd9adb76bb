package vn.hailong.shared;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The loop every row-by-row import shares: read the table, skip blank rows and the header, hand each
 * row over, and report each refused row with its line and reason while the good ones are taken.
 */
public final class RowImport {

    /** What happened to a good row. */
    public enum Outcome {
        IMPORTED,
        UNCHANGED
    }

    /** Takes one row, or refuses it with an {@link InvalidInputException}. */
    public interface RowHandler {
        Outcome take(TableRow row);
    }

    private RowImport() {}

    public static ImportReport run(
            String fileName,
            InputStream in,
            String headerFirstCell,
            RowHandler handler,
            Function<InvalidInputException, String> describe) {
        List<TableRow> rows = new ArrayList<>();
        Tables.read(fileName, in, rows::add);
        List<RowError> errors = new ArrayList<>();
        int imported = 0;
        int unchanged = 0;
        for (TableRow row : rows) {
            if (row.blank() || headerFirstCell.equalsIgnoreCase(row.cell(0))) {
                continue;
            }
            try {
                if (handler.take(row) == Outcome.IMPORTED) {
                    imported++;
                } else {
                    unchanged++;
                }
            } catch (InvalidInputException e) {
                errors.add(new RowError(row.line(), describe.apply(e)));
            }
        }
        return new ImportReport(imported, unchanged, errors);
    }
}
