package vn.hailong.shared;

import java.util.List;

/** One row of an imported table (CSV or XLSX) with the line it came from. */
public record TableRow(long line, List<String> cells) {

    public String cell(int index) {
        return index < cells.size() ? cells.get(index).trim() : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
