package vn.hailong.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.hailong.insight.GroupBy;
import vn.hailong.insight.Insights;
import vn.hailong.insight.Measure;
import vn.hailong.insight.Period;
import vn.hailong.insight.ResponseRate;
import vn.hailong.insight.SatisfactionItem;
import vn.hailong.insight.TimelinessItem;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.VnNumbers;
import vn.hailong.shared.Wilson;
import vn.hailong.shared.pdf.PdfRenderer;

/**
 * The standard unit report (Báo cáo kết quả đánh giá sự hài lòng) for a month or any period, as PDF in
 * the official layout, and its tables for CSV / Excel; all figures from the insight measures, in scope.
 */
@Service
public class UnitReport {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final Insights insights;
    private final Agencies agencies;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Clock clock;

    UnitReport(Insights insights, Agencies agencies, PdfRenderer pdf, MessageSource messages, Clock clock) {
        this.insights = insights;
        this.agencies = agencies;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    public byte[] pdf(String code, Period p) {
        return pdf.render("unit-report", model(code, p), VI);
    }

    Map<String, Object> model(String code, Period p) {
        Agency agency = visible(code);
        var head = agencies.letterhead(agency.id());
        Map<String, Object> m = new HashMap<>();
        m.put("agencyParent", head.agencyParent());
        m.put("agencyName", head.agencyName());
        m.put("place", head.place());
        m.put("date", LocalDate.now(clock));
        m.put("periodWords", words(p));
        SatisfactionItem total = total(insights.satisfaction(code, p.from(), p.to(), GroupBy.UNIT, null));
        TimelinessItem time = totalTime(insights.timeliness(code, p.from(), p.to(), GroupBy.UNIT));
        ResponseRate response = insights.responseRate(code, p.from(), p.to());
        m.put("total", total);
        m.put("time", time);
        m.put("response", response);
        m.put("responseRate", VnNumbers.percent(response.rate()));
        m.put(
                "channels",
                insights.satisfaction(code, p.from(), p.to(), GroupBy.CHANNEL, null).stream()
                        .map(c -> c.relabelled(messages.getMessage("report.channel." + c.key(), null, c.key(), VI)))
                        .toList());
        m.put("officers", officerLines(code, p));
        m.put(
                "procedures",
                UnitLines.of(
                                insights.satisfaction(code, p.from(), p.to(), GroupBy.PROCEDURE, null),
                                insights.timeliness(code, p.from(), p.to(), GroupBy.PROCEDURE),
                                List.of())
                        .stream()
                        .map(l -> l.key() == null || l.key().isEmpty()
                                ? new UnitLines.Line(
                                        l.key(),
                                        "(không gắn thủ tục: hòm phiếu, phiếu không ghi mã hồ sơ)",
                                        l.satisfaction(),
                                        l.timeliness(),
                                        null)
                                : l)
                        .sorted((a, b) -> Long.compare(finished(b) + b.n(), finished(a) + a.n()))
                        .limit(15)
                        .toList());
        m.put("minN", insights.minN());
        m.put("num", (java.util.function.Function<Long, String>) VnNumbers::number);
        m.put("pct", (java.util.function.Function<Double, String>) VnNumbers::percent);
        return m;
    }

    /**
     * The columns of every unit or officer row, for auditors: n and the satisfied answers (denominator and numerator),
     * the rate and its Wilson 95% interval; finished dossiers and those early or on time, the late ones, the on-time rate
     * and its interval; the rank band. Interval ends are rounded outwards.
     */
    static final List<String> MEASURES = List.of(
            "Số câu trả lời (n)",
            "Hài lòng",
            "Tỷ lệ hài lòng (%)",
            "KTC 95% Wilson – dưới (%)",
            "KTC 95% Wilson – trên (%)",
            "Hồ sơ đã giải quyết",
            "Đúng và trước hạn",
            "Trễ hạn",
            "Tỷ lệ đúng và trước hạn (%)",
            "KTC 95% Wilson đúng hạn – dưới (%)",
            "KTC 95% Wilson đúng hạn – trên (%)",
            "Nhóm xếp hạng");

    static List<Object> measures(UnitLines.Line l) {
        SatisfactionItem s = l.satisfaction();
        TimelinessItem t = l.timeliness();
        long finished = t == null ? 0 : t.finished();
        long onTime = t == null ? 0 : t.early() + t.onTime();
        Wilson w = Wilson.of(onTime, finished);
        return java.util.Arrays.<Object>asList(
                l.n(),
                s == null ? 0 : s.satisfied(),
                rate(s == null ? null : s.rate()),
                s == null || s.rate() == null ? null : down(s.ciLow()),
                s == null || s.rate() == null ? null : up(s.ciHigh()),
                finished,
                onTime,
                t == null ? 0 : t.late(),
                rate(t == null ? null : t.onTimeRate()),
                finished == 0 ? null : down(w.low()),
                finished == 0 ? null : up(w.high()),
                l.rank() == null || l.rank().rank() == null ? "" : l.rank().rank());
    }

    private static Double down(double share) {
        return Math.floor(share * 1000 + 1e-9) / 10.0;
    }

    private static Double up(double share) {
        return Math.ceil(share * 1000 - 1e-9) / 10.0;
    }

    /** The officers of a unit in a period, with {@link #MEASURES}. */
    public ReportTable officers(String code, Period p) {
        visible(code);
        List<List<Object>> rows = officerLines(code, p).stream()
                .map(l -> {
                    List<Object> row = new java.util.ArrayList<>(List.of(l.label()));
                    row.addAll(measures(l));
                    return row;
                })
                .toList();
        List<String> header = new java.util.ArrayList<>(List.of("Cán bộ"));
        header.addAll(MEASURES);
        return new ReportTable("Cán bộ " + p.key(), header, rows);
    }

    /** The units under a province (or all visible) in a period, with {@link #MEASURES}. */
    public ReportTable units(String province, Period p) {
        var lines = UnitLines.of(
                insights.satisfaction(province, p.from(), p.to(), GroupBy.UNIT, null),
                insights.timeliness(province, p.from(), p.to(), GroupBy.UNIT),
                insights.ranking("unit", province, Measure.SATISFACTION, p).entries());
        List<List<Object>> rows = lines.stream()
                .map(l -> {
                    List<Object> row = new java.util.ArrayList<>(java.util.Arrays.asList(l.key(), l.label()));
                    row.addAll(measures(l));
                    return row;
                })
                .toList();
        List<String> header = new java.util.ArrayList<>(List.of("Mã", "Đơn vị"));
        header.addAll(MEASURES);
        return new ReportTable("Đơn vị " + p.key(), header, rows);
    }

    private List<UnitLines.Line> officerLines(String code, Period p) {
        return UnitLines.of(
                        insights.satisfaction(code, p.from(), p.to(), GroupBy.OFFICER, null),
                        insights.timeliness(code, p.from(), p.to(), GroupBy.OFFICER),
                        insights.ranking("officer", code, Measure.SATISFACTION, p)
                                .entries())
                .stream()
                .map(l -> "0".equals(l.key())
                        ? new UnitLines.Line(l.key(), "(không rõ cán bộ)", l.satisfaction(), l.timeliness(), null)
                        : l)
                .toList();
    }

    private Agency visible(String code) {
        return agencies.visible(null).stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("report.unitNotFound", code));
    }

    static String words(Period p) {
        String k = p.key();
        if (k.matches("\\d{4}-\\d{2}")) {
            return "tháng " + p.from().getMonthValue() + " năm " + p.from().getYear();
        }
        if (k.matches("\\d{4}-Q\\d")) {
            return "quý " + ROMAN[k.charAt(6) - '1'] + " năm " + p.from().getYear();
        }
        if (k.matches("\\d{4}")) {
            return "năm " + k;
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        return "từ ngày " + p.from().format(f) + " đến ngày " + p.to().format(f);
    }

    private static Double rate(Double r) {
        return r == null ? null : Math.round(r * 1000) / 10.0;
    }

    private static long finished(UnitLines.Line l) {
        return l.timeliness() == null ? 0 : l.timeliness().finished();
    }

    private static SatisfactionItem total(List<SatisfactionItem> items) {
        return SatisfactionItem.total("all", "", items);
    }

    private static TimelinessItem totalTime(List<TimelinessItem> items) {
        return TimelinessItem.of(
                "all",
                "",
                items.stream().mapToLong(TimelinessItem::early).sum(),
                items.stream().mapToLong(TimelinessItem::onTime).sum(),
                items.stream().mapToLong(TimelinessItem::late).sum(),
                items.stream().mapToLong(TimelinessItem::returned).sum(),
                items.stream().mapToLong(TimelinessItem::workingDays).sum());
    }
}
