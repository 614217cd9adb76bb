package vn.hailong.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.hailong.access.CurrentUser;
import vn.hailong.insight.Decree61Class;
import vn.hailong.insight.Decree61Evaluations;
import vn.hailong.insight.Decree61Indicator;
import vn.hailong.insight.Decree61Unit;
import vn.hailong.insight.Period;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.organization.AgencyKind;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.VnNumbers;
import vn.hailong.shared.pdf.PdfRenderer;

/**
 * The quarterly Decree 61 report (Báo cáo kết quả đánh giá việc giải quyết thủ tục hành chính theo Nghị định
 * 61/2018/NĐ-CP) of one unit or of a province's units, as PDF in the official layout and as an Excel table; all
 * figures from the insight evaluation, in the caller's scope.
 */
@Service
public class Decree61Report {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Decree61Evaluations evaluations;
    private final Agencies agencies;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Clock clock;

    Decree61Report(
            Decree61Evaluations evaluations, Agencies agencies, PdfRenderer pdf, MessageSource messages, Clock clock) {
        this.evaluations = evaluations;
        this.agencies = agencies;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    /** A unit's report (an agency code), or a province's (a province code; null: the caller's province). */
    public byte[] pdf(String unit, Period quarter) {
        return pdf.render("decree61-report", model(unit, quarter), VI);
    }

    Map<String, Object> model(String unit, Period quarter) {
        Map<String, Object> m = new HashMap<>();
        Agency agency = unit == null
                ? null
                : agencies.visible(null).stream()
                        .filter(a -> a.code().equals(unit))
                        .findFirst()
                        .orElse(null);
        List<Decree61Unit> units;
        Agency head;
        if (single(agency)) {
            units = List.of(evaluations.unit(agency.code(), quarter));
            head = agency;
        } else {
            String province = province(unit);
            units = evaluations.units(province, quarter);
            head = agencies.visible(null).stream()
                    .filter(a -> a.kind() == AgencyKind.PROVINCE_PC && province.equals(a.provinceCode()))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("report.unitNotFound", province));
        }
        var letterhead = agencies.letterhead(head.id());
        m.put("agencyParent", head.kind() == AgencyKind.PROVINCE_PC ? null : letterhead.agencyParent());
        m.put("agencyName", letterhead.agencyName());
        m.put("place", letterhead.place());
        m.put("date", LocalDate.now(clock));
        m.put("periodWords", UnitReport.words(quarter));
        m.put("single", single(agency));
        m.put("units", units);
        m.put("total", single(agency) ? units.get(0) : evaluations.total(province(unit), quarter));
        m.put(
                "indicators",
                Arrays.stream(Decree61Indicator.values()).map(i -> label(i)).toList());
        m.put("bands", bandsText());
        m.put("num", (Function<Long, String>) VnNumbers::number);
        m.put("score", (Function<Double, String>) VnNumbers::decimal);
        m.put("cls", (Function<Decree61Class, String>)
                c -> c == null ? "—" : messages.getMessage("decree61.class." + c.name(), null, VI));
        return m;
    }

    /** The province's (or one unit's) quarter as a table: n, average, per-indicator averages, self, appraised, classes. */
    public ReportTable table(String unit, Period quarter) {
        Map<String, Object> m = model(unit, quarter);
        @SuppressWarnings("unchecked")
        List<Decree61Unit> units = (List<Decree61Unit>) m.get("units");
        List<String> headers = new ArrayList<>(Stream.of("code", "unit", "n", "average", "class")
                .map(this::column)
                .toList());
        for (Decree61Indicator i : Decree61Indicator.values()) {
            headers.add(i.code() + " (/2)");
        }
        Stream.of("selfScore", "selfClass", "appraised", "appraisedClass")
                .map(this::column)
                .forEach(headers::add);
        List<List<Object>> rows = new ArrayList<>();
        for (Decree61Unit u : units) {
            List<Object> row =
                    new ArrayList<>(Arrays.asList(u.key(), u.label(), u.n(), u.average(), cls(u.classification())));
            u.indicators().forEach(i -> row.add(i.average()));
            row.add(u.selfScore() == null ? null : u.selfScore().score());
            row.add(cls(u.selfClassification()));
            row.add(u.appraisedScore() == null ? null : u.appraisedScore().score());
            row.add(cls(u.appraisedClassification()));
            rows.add(row);
        }
        return new ReportTable(
                messages.getMessage("decree61.table.title", new Object[] {quarter.key()}, VI), headers, rows);
    }

    private String column(String key) {
        return messages.getMessage("decree61.table." + key, null, VI);
    }

    /** The indicator labels (the ND61-9 questionnaire's wording), CT1..CT9. */
    public String label(Decree61Indicator i) {
        return messages.getMessage("decree61.indicator." + i.code(), null, VI);
    }

    private String bandsText() {
        List<String> parts = new ArrayList<>();
        evaluations
                .bands()
                .bands()
                .forEach(b -> parts.add(messages.getMessage(
                                "decree61.class." + b.classification().name(), null, VI) + " "
                        + messages.getMessage(b.inclusive() ? "decree61.bands.from" : "decree61.bands.above", null, VI)
                        + " " + bound(b.bound())));
        return String.join("; ", parts) + "; " + messages.getMessage("decree61.bands.below", null, VI) + ": "
                + messages.getMessage("decree61.class.WEAK", null, VI);
    }

    private String cls(Decree61Class c) {
        return c == null ? "" : messages.getMessage("decree61.class." + c.name(), null, VI);
    }

    private String province(String unit) {
        String p = unit != null ? unit : CurrentUser.scope().provinceCode();
        if (p == null) {
            throw new InvalidInputException("decree61.provinceRequired");
        }
        return p;
    }

    private static boolean single(Agency agency) {
        return agency != null && agency.kind() != AgencyKind.PROVINCE_PC;
    }

    private static String bound(double b) {
        return b == Math.rint(b) ? String.valueOf((long) b) : VnNumbers.decimal(b);
    }
}
