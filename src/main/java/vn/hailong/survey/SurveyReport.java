package vn.hailong.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Letterhead;
import vn.hailong.shared.VnNumbers;
import vn.hailong.shared.pdf.PdfRenderer;

/**
 * The campaign report, as PDF (official layout, Decree 30) and as Excel: criterion, factor and overall
 * indices per unit with n and 95% intervals, the aggregation named, the expectation shares, and the
 * comparison with the previous campaign of the same questionnaire. Everything is limited to the units
 * the caller may see (the figures come from {@link Campaigns}, which is scoped).
 */
@Service
public class SurveyReport {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final Agencies agencies;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Clock clock;

    SurveyReport(
            Campaigns campaigns,
            Questionnaires questionnaires,
            Agencies agencies,
            PdfRenderer pdf,
            MessageSource messages,
            Clock clock) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.agencies = agencies;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    /** A unit's overall index now and in the previous campaign. */
    public record Comparison(String name, Double previous, Double current, Double change) {}

    /** Everything both formats show. */
    public record Data(
            Campaign campaign,
            Questionnaire questionnaire,
            CampaignResults results,
            List<UnitProgress> progress,
            Campaign previous,
            CampaignResults previousResults,
            List<Comparison> units,
            List<Comparison> factors) {

        public long quota() {
            return progress.stream().mapToLong(UnitProgress::quota).sum();
        }

        public long invited() {
            return progress.stream().mapToLong(UnitProgress::invited).sum();
        }

        public long responded() {
            return progress.stream().mapToLong(UnitProgress::responded).sum();
        }
    }

    public Data data(long id, Aggregation aggregation) {
        Campaign c = campaigns.get(id);
        CampaignResults results = campaigns.results(id, aggregation);
        Optional<Campaign> previous = campaigns.previous(id);
        CampaignResults before =
                previous.map(p -> campaigns.results(p.id(), aggregation)).orElse(null);
        List<Comparison> units = new ArrayList<>();
        List<Comparison> factors = new ArrayList<>();
        if (before != null) {
            Map<Long, UnitIndex> was = new HashMap<>();
            before.units().forEach(u -> was.put(u.agencyId(), u));
            for (UnitIndex u : results.units()) {
                UnitIndex p = was.get(u.agencyId());
                units.add(compare(u.name(), p == null ? null : p.overall(), u.overall()));
            }
            units.add(compare(
                    messages.getMessage("survey.results.all", null, VI),
                    before.total().overall(),
                    results.total().overall()));
            Map<String, FactorIndex> wasFactor = new LinkedHashMap<>();
            before.total().factors().forEach(f -> wasFactor.put(f.code(), f));
            for (FactorIndex f : results.total().factors()) {
                FactorIndex p = wasFactor.get(f.code());
                factors.add(compare(f.code() + ". " + f.title(), p == null ? null : p.index(), f.index()));
            }
        }
        return new Data(
                c,
                questionnaires.get(c.questionnaireCode(), c.questionnaireVersion()),
                results,
                campaigns.progress(id),
                previous.orElse(null),
                before,
                units,
                factors);
    }

    private static Comparison compare(String name, Double previous, Double current) {
        return new Comparison(
                name,
                previous,
                current,
                previous == null || current == null ? null : SurveyIndex.round(current - previous));
    }

    public byte[] pdf(long id, Aggregation aggregation) {
        Data d = data(id, aggregation);
        Map<String, Object> m = new HashMap<>();
        Letterhead head = heading(d);
        m.put("agencyParent", head.agencyParent());
        m.put("agencyName", head.agencyName());
        m.put("place", head.place());
        m.put("date", LocalDate.now(clock));
        m.put("d", d);
        m.put("aggregation", messages.getMessage("survey.aggregation." + aggregation.label(), null, VI));
        m.put("method", messages.getMessage("survey.results.help", null, VI));
        m.put("interval", messages.getMessage("survey.results.interval", null, VI));
        m.put("f", (Function<Double, String>) VnNumbers::decimal);
        m.put("ci", (Function<Object, String>) SurveyReport::interval);
        m.put("n", (Function<Long, String>) SurveyReport::count);
        m.put("signed", (Function<Double, String>) SurveyReport::signed);
        return pdf.render("survey-report", m, VI);
    }

    /** The unit's own heading when the caller sees a single unit; otherwise the province's. */
    private Letterhead heading(Data d) {
        List<UnitProgress> units = d.progress();
        if (units.isEmpty()) {
            return new Letterhead(null, "", "");
        }
        long first = units.get(0).agencyId();
        return units.size() == 1 ? agencies.letterhead(first) : agencies.provinceLetterhead(first);
    }

    /** A text of the workbook (in Vietnamese, as the rest of the campaign's report). */
    private String excel(String key, Object... args) {
        return messages.getMessage("survey.excel." + key, args, VI);
    }

    public byte[] excel(long id, Aggregation aggregation) {
        Data d = data(id, aggregation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "HaiLong", "1.0")) {
            Worksheet units = wb.newWorksheet(excel("sheetUnits"));
            int r = 0;
            units.value(r, 0, d.campaign().title());
            units.style(r, 0).bold().set();
            units.value(
                    ++r,
                    0,
                    excel(
                            "aggregation",
                            messages.getMessage("survey.aggregation." + aggregation.label(), null, VI),
                            messages.getMessage("survey.results.interval", null, VI)));
            r += 2;
            List<String> header = new ArrayList<>(List.of(excel("unit"), excel("responses")));
            d.results().total().factors().forEach(f -> header.add(f.code() + " (%)"));
            header.addAll(List.of(excel("overall"), excel("ciLow"), excel("ciHigh"), excel("overallSatisfaction")));
            header(units, r, header);
            List<UnitIndex> rows = new ArrayList<>(d.results().units());
            rows.add(d.results().total());
            for (UnitIndex u : rows) {
                r++;
                int col = 0;
                units.value(r, col++, name(d, u));
                units.value(r, col++, u.respondents());
                for (FactorIndex f : u.factors()) {
                    number(units, r, col++, f.index());
                }
                number(units, r, col++, u.overall());
                number(units, r, col++, u.overallLow());
                number(units, r, col++, u.overallHigh());
                number(
                        units,
                        r,
                        col,
                        u.overallSatisfaction() == null
                                ? null
                                : u.overallSatisfaction().rate());
            }
            units.width(0, 40);
            units.freezePane(1, 4);

            Worksheet criteria = wb.newWorksheet(excel("sheetCriteria"));
            header(
                    criteria,
                    0,
                    List.of(
                            excel("unit"),
                            excel("code"),
                            excel("factor"),
                            excel("criterion"),
                            excel("index"),
                            excel("validAnswers"),
                            excel("ciLow"),
                            excel("ciHigh"),
                            excel("satisfiedAnswers"),
                            excel("effectiveN")));
            r = 0;
            for (UnitIndex u : rows) {
                for (FactorIndex f : u.factors()) {
                    r++;
                    criteria.value(r, 0, name(d, u));
                    criteria.value(r, 1, f.code());
                    criteria.value(r, 2, f.code());
                    criteria.value(r, 3, f.title());
                    criteria.style(r, 3).bold().set();
                    number(criteria, r, 4, f.index());
                    criteria.value(r, 5, f.n());
                    number(criteria, r, 6, f.low());
                    number(criteria, r, 7, f.high());
                    number(criteria, r, 9, f.effectiveN());
                    for (CriterionIndex c : u.criteria()) {
                        if (c.factor().equals(f.code())) {
                            r++;
                            criteria.value(r, 0, name(d, u));
                            criteria.value(r, 1, c.code());
                            criteria.value(r, 2, c.factor());
                            criteria.value(r, 3, c.text());
                            number(criteria, r, 4, c.index());
                            criteria.value(r, 5, c.n());
                            number(criteria, r, 6, c.low());
                            number(criteria, r, 7, c.high());
                            if (c.satisfied() != null) {
                                criteria.value(r, 8, c.satisfied());
                            }
                            number(criteria, r, 9, c.effectiveN());
                        }
                    }
                }
            }
            criteria.width(0, 30);
            criteria.width(3, 70);
            criteria.freezePane(0, 1);

            Worksheet wants = wb.newWorksheet(excel("sheetExpectations"));
            header(
                    wants,
                    0,
                    List.of(
                            excel("item"),
                            excel("option"),
                            excel("text"),
                            excel("chosen"),
                            excel("answered"),
                            excel("share")));
            r = 0;
            for (ExpectationShare e : d.results().expectations()) {
                r++;
                wants.value(r, 0, e.item());
                wants.value(r, 1, e.option());
                wants.value(r, 2, e.text());
                wants.value(r, 3, e.chosen());
                wants.value(r, 4, e.answered());
                number(wants, r, 5, e.share());
            }
            wants.width(2, 60);

            Worksheet compare = wb.newWorksheet(excel("sheetCompare"));
            if (d.previous() == null) {
                compare.value(0, 0, excel("noPrevious"));
            } else {
                compare.value(0, 0, excel("previousTitle", d.previous().title()));
                header(
                        compare,
                        2,
                        List.of(excel("unitOrFactor"), excel("previous"), excel("current"), excel("change")));
                r = 2;
                List<Comparison> all = new ArrayList<>(d.units());
                all.addAll(d.factors());
                for (Comparison c : all) {
                    r++;
                    compare.value(r, 0, c.name());
                    number(compare, r, 1, c.previous());
                    number(compare, r, 2, c.current());
                    number(compare, r, 3, c.change());
                }
                compare.width(0, 50);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String name(Data d, UnitIndex u) {
        return u == d.results().total() ? messages.getMessage("survey.results.all", null, VI) : u.name();
    }

    private static void header(Worksheet ws, int row, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            ws.value(row, c, names.get(c));
            ws.style(row, c).bold().fillColor("EFEEE9").wrapText(true).set();
        }
    }

    private static void number(Worksheet ws, int r, int c, Double value) {
        if (value != null) {
            ws.value(r, c, value);
            ws.style(r, c).format("0.00").set();
        }
    }

    static String signed(Double value) {
        return VnNumbers.signedDecimal(value);
    }

    static String count(Long value) {
        return value == null ? "—" : NumberFormat.getIntegerInstance(VI).format(value);
    }

    /** "80,12–86,35" (two decimals, as the model rounds the ends outwards) for anything with low() and high(). */
    static String interval(Object o) {
        Double low;
        Double high;
        if (o instanceof CriterionIndex c) {
            low = c.low();
            high = c.high();
        } else if (o instanceof FactorIndex f) {
            low = f.low();
            high = f.high();
        } else if (o instanceof UnitIndex u) {
            low = u.overallLow();
            high = u.overallHigh();
        } else {
            return "";
        }
        if (low == null || high == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(VI);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(low) + "–" + f.format(high);
    }
}
