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
import vn.hailong.insight.EvaluationClass;
import vn.hailong.insight.EvaluationUnit;
import vn.hailong.insight.Evaluations;
import vn.hailong.insight.Period;
import vn.hailong.insight.Rulebook;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.organization.AgencyKind;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.VnNumbers;
import vn.hailong.shared.pdf.PdfRenderer;

/**
 * The quarterly report of the citizen's evaluation (Decree 118/2025/NĐ-CP Art. 33 from 2025-Q3; Decree 61/2018/NĐ-CP
 * up to 2025-Q2, as it was) of one unit or of a province's units, as PDF in the official layout and as an Excel table; all
 * figures from the insight evaluation, in the caller's scope.
 */
@Service
public class EvaluationReport {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Evaluations evaluations;
    private final Agencies agencies;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Clock clock;

    EvaluationReport(Evaluations evaluations, Agencies agencies, PdfRenderer pdf, MessageSource messages, Clock clock) {
        this.evaluations = evaluations;
        this.agencies = agencies;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    /** A unit's report (an agency code), or a province's (a province code; null: the caller's province). */
    public byte[] pdf(String unit, Period quarter) {
        return pdf.render("evaluation-report", model(contents(unit, quarter), quarter), VI);
    }

    /** A quarter's units (or the one unit), their total and the letterhead's agency. */
    record Contents(Agency head, boolean single, List<EvaluationUnit> units, EvaluationUnit total) {}

    Contents contents(String unit, Period quarter) {
        Agency agency = unit == null
                ? null
                : agencies.visible(null).stream()
                        .filter(a -> a.code().equals(unit))
                        .findFirst()
                        .orElse(null);
        List<EvaluationUnit> units;
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
        return new Contents(
                head,
                single(agency),
                units,
                single(agency) ? units.get(0) : evaluations.total(province(unit), quarter));
    }

    /** The PDF template's model. */
    private Map<String, Object> model(Contents r, Period quarter) {
        Map<String, Object> m = new HashMap<>();
        Agency head = r.head();
        var letterhead = agencies.letterhead(head.id());
        m.put("agencyParent", head.kind() == AgencyKind.PROVINCE_PC ? null : letterhead.agencyParent());
        m.put("agencyName", letterhead.agencyName());
        m.put("place", letterhead.place());
        m.put("date", LocalDate.now(clock));
        m.put("periodWords", UnitReport.words(quarter));
        m.put("single", r.single());
        m.put("units", r.units());
        m.put("total", r.total());
        Rulebook rules = Rulebook.of(quarter);
        m.put("rulebook", rules.name());
        m.put("indicators", rules.codes().stream().map(c -> label(rules, c)).toList());
        m.put("letters", r.total().indicators().stream().map(i -> i.letter()).toList());
        m.put("localRule", localRule());
        m.put("bands", bandsText());
        m.put("num", (Function<Long, String>) VnNumbers::number);
        m.put("score", (Function<Double, String>) VnNumbers::decimal);
        m.put("cls", (Function<EvaluationClass, String>)
                c -> c == null ? "—" : messages.getMessage("decree61.class." + c.name(), null, VI));
        return m;
    }

    /** The province's (or one unit's) quarter as a table: n, average, per-indicator averages, self, appraised, classes. */
    public ReportTable table(String unit, Period quarter) {
        Contents c = contents(unit, quarter);
        List<String> headers = new ArrayList<>(Stream.of("code", "unit", "n", "average", "class")
                .map(this::column)
                .toList());
        Rulebook rules = Rulebook.of(quarter);
        for (int i = 0; i < rules.codes().size(); i++) {
            headers.add((rules == Rulebook.DECREE_61 ? "" : "Nội dung ")
                    + c.total().indicators().get(i).letter() + " (/2)");
        }
        Stream.of("selfScore", "selfClass", "appraised", "appraisedClass")
                .map(this::column)
                .forEach(headers::add);
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationUnit u : c.units()) {
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
                (rules == Rulebook.DECREE_61 ? "Nghị định 61 " : "Đánh giá TTHC (NĐ 118) ") + quarter.key(),
                headers,
                rows);
    }

    /** The wording of an indicator (Decree 61: the ND61-9 questionnaire's) or of an Art. 33 content. */
    public String label(Rulebook rules, String code) {
        return messages.getMessage(rules.labelPrefix() + code, null, VI);
    }

    /** The line every Decree 118 page and PDF carries: the points, total and bands are the province's, not the decree's. */
    public String localRule() {
        String name = evaluations.points().ruleName();
        return messages.getMessage(
                name.isBlank() ? "tthcEvaluation.localRule" : "tthcEvaluation.localRuleNamed", new Object[] {name}, VI);
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

    private String cls(EvaluationClass c) {
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

    private String column(String key) {
        return messages.getMessage("decree61.table." + key, null, VI);
    }
}
