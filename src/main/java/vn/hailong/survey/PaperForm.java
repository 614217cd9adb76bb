package vn.hailong.survey;

import java.util.List;

/**
 * A paper form as double-entered: FIRST (one entry so far), MISMATCH (the two entries differ on the
 * items listed), MATCHED (both agree; the response is stored) or RESOLVED (a third look settled the differences).
 */
public record PaperForm(
        String formNo,
        long agencyId,
        String agencyName,
        String status,
        Long responseId,
        List<String> enteredBy,
        String resolvedBy,
        List<Mismatch> mismatches) {

    /** One item on which the two entries differ; "" where an entry left it blank. {@code DON_VI} is the unit. */
    public record Mismatch(String item, String first, String second) {}

    public boolean open() {
        return "FIRST".equals(status) || "MISMATCH".equals(status);
    }
}
