package vn.hailong.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hailong.insight.GroupBy;
import vn.hailong.insight.Insights;
import vn.hailong.insight.Period;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.organization.Desk;
import vn.hailong.shared.NotFoundException;

/**
 * The desk page, the step between unit and officer in the drill-down: one desk's satisfaction (n, Wilson
 * interval) in total, by officer and by month, from the rating rollups. A desk of another agency, or of an
 * agency outside the caller's scope, is not found.
 */
@Controller
class DeskPage {

    private final Insights insights;
    private final Agencies agencies;
    private final Clock clock;

    DeskPage(Insights insights, Agencies agencies, Clock clock) {
        this.insights = insights;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/bao-cao/don-vi/{code}/quay/{deskId}")
    String desk(
            @PathVariable String code,
            @PathVariable long deskId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Agency agency = agencies.visible(null).stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("report.unitNotFound", code));
        Desk desk = agencies.desks(agency.id()).stream()
                .filter(d -> d.id() == deskId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("report.deskNotFound", deskId));
        Period p = ReportPeriod.of(period, from, to, clock);
        Set<String> officerIds = agencies.officers(agency.id()).stream()
                .map(o -> String.valueOf(o.id()))
                .collect(Collectors.toSet());
        model.addAttribute("period", p);
        model.addAttribute("shortcuts", ReportPeriod.shortcuts(clock));
        model.addAttribute("minN", insights.minN());
        model.addAttribute("agency", agency);
        model.addAttribute("desk", desk);
        model.addAttribute("officerIds", officerIds);
        model.addAttribute(
                "total", Totals.satisfaction(insights.deskSatisfaction(code, deskId, p.from(), p.to(), GroupBy.UNIT)));
        model.addAttribute("officers", insights.deskSatisfaction(code, deskId, p.from(), p.to(), GroupBy.OFFICER));
        model.addAttribute("months", insights.deskSatisfaction(code, deskId, p.from(), p.to(), GroupBy.MONTH));
        return "report/desk";
    }
}
