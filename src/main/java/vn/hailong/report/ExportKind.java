package vn.hailong.report;

import java.util.Locale;
import vn.hailong.shared.InvalidInputException;

/**
 * What a background export produces: the province's annual satisfaction report (PDF or Excel, a year), or
 * the province's unit table over any period (Excel or CSV).
 */
public enum ExportKind {
    ANNUAL_PDF("pdf", "application/pdf", true),
    ANNUAL_XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
    UNITS_XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
    UNITS_CSV("csv", "text/csv;charset=UTF-8", false);

    private final String extension;
    private final String contentType;
    private final boolean annual;

    ExportKind(String extension, String contentType, boolean annual) {
        this.extension = extension;
        this.contentType = contentType;
        this.annual = annual;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The annual report: its period is a year and its unit a whole province. */
    public boolean annual() {
        return annual;
    }

    public static ExportKind parse(String value) {
        try {
            return valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("report.export.badKind", value);
        }
    }
}
