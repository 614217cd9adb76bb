package vn.hailong.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.access.CurrentUser;
import vn.hailong.insight.GroupBy;
import vn.hailong.insight.Insights;
import vn.hailong.insight.Measure;
import vn.hailong.insight.Period;
import vn.hailong.insight.RankingEntry;
import vn.hailong.insight.Rollups;
import vn.hailong.insight.SatisfactionItem;
import vn.hailong.insight.TimelinessItem;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.organization.Officer;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.web.Flash;

/** The dashboards: province overview → unit (with its desks and processing steps) → officer, each with a period picker and a trend. */
@Controller
class ReportPages {

    private final Insights insights;
    private final Rollups rollups;
    private final Agencies agencies;
    private final Clock clock;

    ReportPages(Insights insights, Rollups rollups, Agencies agencies, Clock clock) {
        this.insights = insights;
        this.rollups = rollups;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/bao-cao")
    String overview(
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Period p = ReportPeriod.of(period, from, to, clock);
        String province = CurrentUser.scope().provinceCode();
        Map<String, Long> ids =
                agencies.visible(null).stream().collect(Collectors.toMap(Agency::code, Agency::id, (a, b) -> a));
        List<UnitLine> lines = lines(
                insights.satisfaction(province, p.from(), p.to(), GroupBy.UNIT, null),
                insights.timeliness(province, p.from(), p.to(), GroupBy.UNIT),
                insights.ranking("unit", province, Measure.SATISFACTION, p).entries(),
                ids::get);
        common(model, p);
        model.addAttribute("lines", lines);
        model.addAttribute("total", total(insights.satisfaction(province, p.from(), p.to(), GroupBy.UNIT, null)));
        model.addAttribute(
                "totalTimeliness", totalTimeliness(insights.timeliness(province, p.from(), p.to(), GroupBy.UNIT)));
        model.addAttribute("responseRate", insights.responseRate(province, p.from(), p.to()));
        trend(model, province, null, p);
        model.addAttribute("province", province);
        model.addAttribute("provinces", CurrentUser.scope().all() ? insights.provinces() : Map.of());
        model.addAttribute("bigExport", java.time.temporal.ChronoUnit.DAYS.between(p.from(), p.to()) > 92);
        return "report/overview";
    }

    @GetMapping("/bao-cao/don-vi/{code}")
    String unit(
            @PathVariable String code,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Agency agency = visible(code);
        Period p = ReportPeriod.of(period, from, to, clock);
        Map<String, Long> officerIds = agencies.officers(agency.id()).stream()
                .collect(Collectors.toMap(o -> String.valueOf(o.id()), Officer::id));
        common(model, p);
        model.addAttribute("agency", agency);
        model.addAttribute(
                "officers",
                lines(
                        insights.satisfaction(code, p.from(), p.to(), GroupBy.OFFICER, null),
                        insights.timeliness(code, p.from(), p.to(), GroupBy.OFFICER),
                        insights.ranking("officer", code, Measure.SATISFACTION, p)
                                .entries(),
                        officerIds::get));
        model.addAttribute(
                "procedures",
                lines(
                        insights.satisfaction(code, p.from(), p.to(), GroupBy.PROCEDURE, null),
                        insights.timeliness(code, p.from(), p.to(), GroupBy.PROCEDURE),
                        List.of(),
                        k -> null));
        model.addAttribute("channels", insights.satisfaction(code, p.from(), p.to(), GroupBy.CHANNEL, null));
        model.addAttribute("desks", insights.satisfaction(code, p.from(), p.to(), GroupBy.DESK, null));
        model.addAttribute(
                "deskIds",
                agencies.desks(agency.id()).stream()
                        .map(d -> String.valueOf(d.id()))
                        .collect(Collectors.toSet()));
        model.addAttribute("steps", insights.steps(code, p.from(), p.to()));
        model.addAttribute("total", total(insights.satisfaction(code, p.from(), p.to(), GroupBy.UNIT, null)));
        model.addAttribute(
                "totalTimeliness", totalTimeliness(insights.timeliness(code, p.from(), p.to(), GroupBy.UNIT)));
        model.addAttribute("responseRate", insights.responseRate(code, p.from(), p.to()));
        model.addAttribute(
                "d766",
                insights.decision766(code, p).stream()
                        .filter(d -> d.key().equals(code))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("flags", insights.flags(code, p));
        trend(model, code, null, p);
        return "report/unit";
    }

    @GetMapping("/bao-cao/don-vi/{code}/can-bo/{officerId}")
    String officer(
            @PathVariable String code,
            @PathVariable long officerId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Agency agency = visible(code);
        Officer officer = agencies.officers(agency.id()).stream()
                .filter(o -> o.id() == officerId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("report.officerNotFound", officerId));
        Period p = ReportPeriod.of(period, from, to, clock);
        common(model, p);
        model.addAttribute("agency", agency);
        model.addAttribute("officer", officer);
        model.addAttribute(
                "procedures",
                lines(
                        insights.satisfaction(code, officerId, p.from(), p.to(), GroupBy.PROCEDURE, null),
                        insights.timeliness(code, officerId, p.from(), p.to(), GroupBy.PROCEDURE),
                        List.of(),
                        k -> null));
        model.addAttribute("channels", insights.satisfaction(code, officerId, p.from(), p.to(), GroupBy.CHANNEL, null));
        model.addAttribute(
                "total", total(insights.satisfaction(code, officerId, p.from(), p.to(), GroupBy.UNIT, null)));
        model.addAttribute(
                "totalTimeliness",
                totalTimeliness(insights.timeliness(code, officerId, p.from(), p.to(), GroupBy.UNIT)));
        trend(model, code, officerId, p);
        return "report/officer";
    }

    @PostMapping("/bao-cao/tinh-lai")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String rebuild(RedirectAttributes redirect) {
        Flash.attempt(redirect, rollups::rebuild);
        return "redirect:/bao-cao";
    }

    private Agency visible(String code) {
        return agencies.visible(null).stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("report.unitNotFound", code));
    }

    private void common(Model model, Period p) {
        model.addAttribute("period", p);
        model.addAttribute("shortcuts", ReportPeriod.shortcuts(clock));
        model.addAttribute("minN", insights.minN());
    }

    private void trend(Model model, String unit, Long officer, Period p) {
        Period t = ReportPeriod.trend(p);
        model.addAttribute(
                "trendSatisfaction", insights.satisfaction(unit, officer, t.from(), t.to(), GroupBy.MONTH, null));
        model.addAttribute("trendTimeliness", insights.timeliness(unit, officer, t.from(), t.to(), GroupBy.MONTH));
    }

    private static List<UnitLine> lines(
            List<SatisfactionItem> s, List<TimelinessItem> t, List<RankingEntry> ranks, Function<String, Long> ids) {
        Map<String, SatisfactionItem> byS = s.stream().collect(Collectors.toMap(SatisfactionItem::key, x -> x));
        Map<String, TimelinessItem> byT = t.stream().collect(Collectors.toMap(TimelinessItem::key, x -> x));
        Map<String, RankingEntry> byR = ranks.stream().collect(Collectors.toMap(RankingEntry::key, x -> x));
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        s.forEach(x -> labels.put(x.key(), x.label()));
        t.forEach(x -> labels.putIfAbsent(x.key(), x.label()));
        List<UnitLine> out = new ArrayList<>();
        labels.forEach((k, l) -> out.add(new UnitLine(k, ids.apply(k), l, byS.get(k), byT.get(k), byR.get(k))));
        out.sort(Comparator.comparing(
                        (UnitLine u) -> u.rank() == null || u.rank().rank() == null
                                ? Integer.MAX_VALUE
                                : u.rank().rank())
                .thenComparing(u -> -u.n()));
        return out;
    }

    private static SatisfactionItem total(List<SatisfactionItem> items) {
        return SatisfactionItem.of(
                "all",
                "",
                items.stream().mapToLong(SatisfactionItem::n).sum(),
                items.stream().mapToLong(SatisfactionItem::satisfied).sum());
    }

    private static TimelinessItem totalTimeliness(List<TimelinessItem> items) {
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
