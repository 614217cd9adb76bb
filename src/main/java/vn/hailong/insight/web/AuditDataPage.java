package vn.hailong.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hailong.insight.AuditData;
import vn.hailong.shared.Csv;

/** The raw data behind a period's satisfaction figures, from the report page (signed in) and the API (for scripts). */
@Controller
class AuditDataPage {

    private final AuditData data;

    AuditDataPage(AuditData data) {
        this.data = data;
    }

    /** The report page's button: the files in the form Vietnamese Excel opens in columns (";", decimal comma). */
    @GetMapping("/bao-cao/du-lieu-danh-gia.zip")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER')")
    ResponseEntity<byte[]> page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return zip(from, to, Csv.Dialect.EXCEL_VI);
    }

    @GetMapping("/api/v1/insight/ratings-data.zip")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER')")
    @Operation(
            summary =
                    "For auditors: the ratings and ballot-box tallies of the caller's units in a period (default the last 30 days, "
                            + "at most a year) as CSV without personal data, with a codebook; comma-separated with a "
                            + "decimal point (R read.csv, pandas) unless sep=semicolon (';' and a decimal comma, as Excel vi-VN)")
    ResponseEntity<byte[]> api(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String sep) {
        return zip(from, to, Csv.Dialect.of(sep));
    }

    private ResponseEntity<byte[]> zip(LocalDate from, LocalDate to, Csv.Dialect dialect) {
        LocalDate[] p = data.period(from, to);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"ratings-" + p[0] + "-" + p[1] + ".zip\"")
                .body(data.zip(p[0], p[1], dialect));
    }
}
