package vn.hailong.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.hailong.feedback.FeedbackCases;
import vn.hailong.feedback.FeedbackRates;
import vn.hailong.insight.GroupBy;
import vn.hailong.insight.Insights;
import vn.hailong.insight.Measure;
import vn.hailong.insight.Period;
import vn.hailong.insight.ResponseRate;
import vn.hailong.insight.SatisfactionItem;
import vn.hailong.insight.TimelinessItem;
import vn.hailong.organization.AdministrativeUnits;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.VnNumbers;
import vn.hailong.shared.pdf.PdfRenderer;
import vn.hailong.survey.Aggregation;
import vn.hailong.survey.SipasIndices;

/**
 * The annual satisfaction report of a province (Báo cáo kết quả đánh giá sự hài lòng năm …): the year's
 * satisfaction by unit with n, interval and rank, by channel and by month, timeliness, response rate, feedback
 * cases, the SIPAS index of the campaigns that ran in the year, and the comparison with the previous year; as
 * PDF in the official layout and as an Excel workbook (one sheet per table). Figures from the insight measures
 * within the caller's scope (the export worker runs it in the province's scope).
 */
@Service
class ProvinceAnnualReport {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** One year's headline figures, and in how many of its months anything was rated or finished. */
    public record Year(
            int year,
            SatisfactionItem satisfaction,
            TimelinessItem timeliness,
            ResponseRate response,
            FeedbackRates feedback,
            int months) {

        /**
         * Whether this (previous) year can be set beside {@code now}: it has data in at least as many months.
         * A previous year that holds one month of data against eleven is not compared.
         */
        public boolean comparableWith(Year now) {
            return months > 0 && months >= now.months();
        }

        /** "Năm 2025 chỉ có số liệu 1 tháng, năm 2026 có 11 tháng: …" — why the years are not compared. */
        public String notComparedBecause(Year now) {
            return "Năm " + year + " chỉ có số liệu " + months + " tháng, năm " + now.year() + " có " + now.months()
                    + " tháng: hai năm không cùng độ dài nên không so sánh.";
        }

        public Double responseRate() {
            return response.rate();
        }
    }

    private final Insights insights;
    private final AdministrativeUnits units;
    private final FeedbackCases feedback;
    private final SipasIndices sipas;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Clock clock;
    private final Aggregation aggregation;

    ProvinceAnnualReport(
            Insights insights,
            AdministrativeUnits units,
            FeedbackCases feedback,
            SipasIndices sipas,
            PdfRenderer pdf,
            MessageSource messages,
            Clock clock,
            ReportProperties properties) {
        this.insights = insights;
        this.units = units;
        this.feedback = feedback;
        this.sipas = sipas;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
        this.aggregation = properties.annual().sipasAggregation();
    }

    public byte[] pdf(String province, int year) {
        return pdf.render("province-annual-report", model(contents(province, year)), VI);
    }

    /** A province's year, as the PDF and the workbook show it. */
    record Contents(
            String name,
            int year,
            Year now,
            Year before,
            List<UnitLines.Line> units,
            List<SatisfactionItem> channels,
            List<UnitLines.Line> months,
            List<SipasIndices.SipasIndex> sipas) {}

    Contents contents(String province, int year) {
        String name = units.find(province, null)
                .orElseThrow(() -> new NotFoundException("report.unitNotFound", province))
                .fullName();
        Period p = Period.parse(String.valueOf(year));
        return new Contents(
                name,
                year,
                figures(province, p),
                figures(province, p.previous()),
                unitLines(province, p),
                insights.satisfaction(province, p.from(), p.to(), GroupBy.CHANNEL, null).stream()
                        .map(c -> c.relabelled(messages.getMessage("report.channel." + c.key(), null, c.key(), VI)))
                        .toList(),
                months(province, p),
                sipas.of(province, p.from(), p.to(), aggregation));
    }

    /** The PDF template's model. */
    private Map<String, Object> model(Contents c) {
        String name = c.name();
        Map<String, Object> m = new HashMap<>();
        m.put("agencyName", "Ủy ban nhân dân " + Character.toLowerCase(name.charAt(0)) + name.substring(1));
        m.put("place", name.replaceFirst("^(Tỉnh|Thành phố) ", ""));
        m.put("provinceWords", Character.toLowerCase(name.charAt(0)) + name.substring(1));
        m.put("date", LocalDate.now(clock));
        m.put("year", c.year());
        m.put("now", c.now());
        m.put("before", c.before());
        m.put("units", c.units());
        m.put("channels", c.channels());
        m.put("months", c.months());
        m.put("sipas", c.sipas());
        m.put(
                "aggregation",
                aggregation == Aggregation.MEAN ? "bình quân chỉ số của các đơn vị" : "gộp toàn bộ câu trả lời");
        m.put("minN", insights.minN());
        m.put("num", (Function<Long, String>) VnNumbers::number);
        m.put("pct", (Function<Double, String>) VnNumbers::percent);
        m.put("points", (Function<Double, String>) ProvinceAnnualReport::points);
        m.put("days", (Function<Double, String>) ProvinceAnnualReport::days);
        m.put("diff", (Function<Long, String>) d -> (d > 0 ? "+" : d < 0 ? "−" : "") + VnNumbers.number(Math.abs(d)));
        return m;
    }

    /** The workbook's sheets: units, channels, months, comparison with the previous year. */
    public List<ReportTable> tables(String province, int year) {
        Contents c = contents(province, year);
        List<List<Object>> unitRows = c.units().stream()
                .map(l -> Arrays.<Object>asList(
                        l.key(),
                        l.label(),
                        l.n(),
                        l.satisfaction() == null ? 0 : l.satisfaction().satisfied(),
                        percent(
                                l.satisfaction() == null
                                        ? null
                                        : l.satisfaction().rate()),
                        percent(
                                l.satisfaction() == null || l.satisfaction().rate() == null
                                        ? null
                                        : l.satisfaction().ciLow()),
                        percent(
                                l.satisfaction() == null || l.satisfaction().rate() == null
                                        ? null
                                        : l.satisfaction().ciHigh()),
                        l.rank() == null || l.rank().rank() == null
                                ? ""
                                : l.rank().rank(),
                        l.timeliness() == null ? 0 : l.timeliness().finished(),
                        l.timeliness() == null ? 0 : l.timeliness().early(),
                        l.timeliness() == null ? 0 : l.timeliness().onTime(),
                        l.timeliness() == null ? 0 : l.timeliness().late(),
                        percent(l.timeliness() == null ? null : l.timeliness().onTimeRate()),
                        round(l.timeliness() == null ? null : l.timeliness().averageWorkingDays())))
                .toList();
        Year now = c.now();
        Year before = c.before();
        List<List<Object>> compare = !before.comparableWith(now)
                ? List.of(Arrays.asList(before.notComparedBecause(now), null, null))
                : List.of(
                        Arrays.asList(
                                "Số câu trả lời hợp lệ (n)",
                                now.satisfaction().n(),
                                before.satisfaction().n()),
                        Arrays.asList(
                                "Tỷ lệ hài lòng (%)",
                                percent(now.satisfaction().rate()),
                                percent(before.satisfaction().rate())),
                        Arrays.asList(
                                "Hồ sơ đã giải quyết",
                                now.timeliness().finished(),
                                before.timeliness().finished()),
                        Arrays.asList(
                                "Tỷ lệ đúng và trước hạn (%)",
                                percent(now.timeliness().onTimeRate()),
                                percent(before.timeliness().onTimeRate())),
                        Arrays.asList(
                                "Hồ sơ trễ hạn",
                                now.timeliness().late(),
                                before.timeliness().late()),
                        Arrays.asList(
                                "Thời gian giải quyết trung bình (ngày làm việc)",
                                round(now.timeliness().averageWorkingDays()),
                                round(before.timeliness().averageWorkingDays())),
                        Arrays.asList(
                                "Tỷ lệ phản hồi (%)", percent(now.responseRate()), percent(before.responseRate())),
                        Arrays.asList(
                                "Phản ánh, kiến nghị tiếp nhận",
                                now.feedback().received(),
                                before.feedback().received()),
                        Arrays.asList(
                                "Phản ánh, kiến nghị đã trả lời",
                                now.feedback().answered(),
                                before.feedback().answered()));
        return List.of(
                new ReportTable(
                        "Đơn vị " + year,
                        List.of(
                                "Mã",
                                "Đơn vị",
                                "Số câu trả lời (n)",
                                "Hài lòng",
                                "Tỷ lệ hài lòng (%)",
                                "Khoảng tin cậy 95% – dưới (%)",
                                "Khoảng tin cậy 95% – trên (%)",
                                "Xếp hạng",
                                "Hồ sơ đã giải quyết",
                                "Trước hạn",
                                "Đúng hạn",
                                "Trễ hạn",
                                "Tỷ lệ đúng và trước hạn (%)",
                                "Thời gian giải quyết TB (ngày làm việc)"),
                        unitRows),
                new ReportTable(
                        "Kênh " + year,
                        List.of("Kênh đánh giá", "Số câu trả lời (n)", "Hài lòng", "Tỷ lệ hài lòng (%)"),
                        c.channels().stream()
                                .map(h -> Arrays.<Object>asList(h.label(), h.n(), h.satisfied(), percent(h.rate())))
                                .toList()),
                new ReportTable(
                        "Tháng " + year,
                        List.of(
                                "Tháng",
                                "Số câu trả lời (n)",
                                "Tỷ lệ hài lòng (%)",
                                "Hồ sơ đã giải quyết",
                                "Trễ hạn",
                                "Tỷ lệ đúng và trước hạn (%)"),
                        c.months().stream()
                                .map(l -> Arrays.<Object>asList(
                                        l.key(),
                                        l.n(),
                                        percent(
                                                l.satisfaction() == null
                                                        ? null
                                                        : l.satisfaction().rate()),
                                        l.timeliness() == null
                                                ? 0
                                                : l.timeliness().finished(),
                                        l.timeliness() == null
                                                ? 0
                                                : l.timeliness().late(),
                                        percent(
                                                l.timeliness() == null
                                                        ? null
                                                        : l.timeliness().onTimeRate())))
                                .toList()),
                new ReportTable(
                        "So sánh " + (year - 1) + "-" + year,
                        List.of("Chỉ tiêu", "Năm " + year, "Năm " + (year - 1)),
                        compare));
    }

    private Year figures(String province, Period p) {
        var s = insights.satisfaction(province, p.from(), p.to(), GroupBy.UNIT, null);
        var t = insights.timeliness(province, p.from(), p.to(), GroupBy.UNIT);
        SatisfactionItem satisfaction = SatisfactionItem.total("all", "", s);
        TimelinessItem timeliness = TimelinessItem.of(
                "all",
                "",
                t.stream().mapToLong(TimelinessItem::early).sum(),
                t.stream().mapToLong(TimelinessItem::onTime).sum(),
                t.stream().mapToLong(TimelinessItem::late).sum(),
                t.stream().mapToLong(TimelinessItem::returned).sum(),
                t.stream().mapToLong(TimelinessItem::workingDays).sum());
        int months = (int) months(province, p).stream()
                .filter(l ->
                        l.n() > 0 || (l.timeliness() != null && l.timeliness().finished() > 0))
                .count();
        return new Year(
                p.from().getYear(),
                satisfaction,
                timeliness,
                insights.responseRate(province, p.from(), p.to()),
                feedback.rates(p.from(), p.to(), null),
                months);
    }

    private List<UnitLines.Line> unitLines(String province, Period p) {
        return UnitLines.of(
                insights.satisfaction(province, p.from(), p.to(), GroupBy.UNIT, null),
                insights.timeliness(province, p.from(), p.to(), GroupBy.UNIT),
                insights.ranking("unit", province, Measure.SATISFACTION, p).entries());
    }

    private List<UnitLines.Line> months(String province, Period p) {
        List<UnitLines.Line> out = new ArrayList<>(UnitLines.of(
                insights.satisfaction(province, p.from(), p.to(), GroupBy.MONTH, null),
                insights.timeliness(province, p.from(), p.to(), GroupBy.MONTH),
                List.of()));
        out.sort(Comparator.comparing(UnitLines.Line::key));
        return out;
    }

    /** A change in percentage points, signed once rounded: "+1,2 điểm %", "0,0 điểm %" (never "−0,0"), or "—". */
    static String points(Double change) {
        if (change == null) {
            return "—";
        }
        long tenths = Math.round(change * 1000);
        String s = VnNumbers.percent(Math.abs(tenths) / 1000.0);
        return (tenths > 0 ? "+" : tenths < 0 ? "−" : "") + s.substring(0, s.length() - 1) + " điểm %";
    }

    /** Working days with one decimal ("3,2"), or "—". */
    static String days(Double d) {
        if (d == null) {
            return "—";
        }
        String s = VnNumbers.percent(d / 100);
        return s.substring(0, s.length() - 1);
    }

    private static Double percent(Double r) {
        return r == null ? null : Math.round(r * 1000) / 10.0;
    }

    private static Double round(Double d) {
        return d == null ? null : Math.round(d * 10) / 10.0;
    }
}
