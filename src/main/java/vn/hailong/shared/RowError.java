package vn.hailong.shared;

/** One bad row of an import: its line in the file (1 = header) and the reason, already translated. */
public record RowError(long line, String reason) {}
