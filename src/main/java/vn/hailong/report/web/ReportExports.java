package vn.hailong.report.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.access.CurrentUser;
import vn.hailong.insight.Period;
import vn.hailong.report.ReportTable;
import vn.hailong.report.TableExport;
import vn.hailong.report.UnitReport;

/** Downloads: the unit report as PDF (default: last month), and the dashboard tables as CSV or Excel. */
@RestController
class ReportExports {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final UnitReport report;
    private final Clock clock;

    ReportExports(UnitReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/bao-cao/don-vi/{code}/bao-cao.pdf")
    ResponseEntity<byte[]> unitPdf(
            @PathVariable String code,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period p = period(period, from, to);
        return file(report.pdf(code, p), MediaType.APPLICATION_PDF, "bao-cao-" + code + "-" + p.key() + ".pdf");
    }

    @GetMapping("/bao-cao/don-vi/{code}/can-bo.{format:csv|xlsx}")
    ResponseEntity<byte[]> officers(
            @PathVariable String code,
            @PathVariable String format,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period p = period(period, from, to);
        return table(report.officers(code, p), format, "can-bo-" + code + "-" + p.key());
    }

    @GetMapping("/bao-cao/don-vi.{format:csv|xlsx}")
    ResponseEntity<byte[]> units(
            @PathVariable String format,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period p = period(period, from, to);
        return table(report.units(CurrentUser.scope().provinceCode(), p), format, "don-vi-" + p.key());
    }

    private Period period(String key, LocalDate from, LocalDate to) {
        if ((key == null || key.isBlank()) && (from == null || to == null)) {
            return Period.parse(YearMonth.now(clock).minusMonths(1).toString());
        }
        return ReportPeriod.of(key, from, to, clock);
    }

    static ResponseEntity<byte[]> table(ReportTable t, String format, String name) {
        return "csv".equals(format)
                ? file(TableExport.csv(t), CSV, name + ".csv")
                : file(TableExport.xlsx(t), XLSX, name + ".xlsx");
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(name.replace("..", "_"), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
