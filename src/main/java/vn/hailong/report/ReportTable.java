package vn.hailong.report;

import java.util.List;

/** A table as exported (CSV, Excel): a name, the column headings and the rows (numbers stay numbers). */
public record ReportTable(String name, List<String> headers, List<List<Object>> rows) {}
