package vn.hailong.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hailong.access.CurrentUser;
import vn.hailong.catalog.Procedure;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.dossier.DossierFilter;
import vn.hailong.dossier.Dossiers;
import vn.hailong.insight.GroupBy;
import vn.hailong.insight.Insights;
import vn.hailong.insight.Period;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.organization.Officer;
import vn.hailong.report.UnitLines;
import vn.hailong.shared.NotFoundException;

/**
 * The procedure page, the last step of the drill-down province → unit → officer → procedure: one procedure's
 * satisfaction (n, Wilson interval), timeliness, average processing time in working days, open dossiers at
 * risk, the monthly trend, and the units (or, within a unit, the officers) that handled it. Figures from the
 * rollups; the at-risk count is a live count of open dossiers. Everything within the caller's scope.
 */
@Controller
class ProcedurePage {

    private final Insights insights;
    private final Agencies agencies;
    private final ProcedureCatalog catalog;
    private final Dossiers dossiers;
    private final Clock clock;

    ProcedurePage(Insights insights, Agencies agencies, ProcedureCatalog catalog, Dossiers dossiers, Clock clock) {
        this.insights = insights;
        this.agencies = agencies;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @GetMapping({
        "/bao-cao/thu-tuc/{procedure}",
        "/bao-cao/don-vi/{unit}/thu-tuc/{procedure}",
        "/bao-cao/don-vi/{unit}/can-bo/{officerId}/thu-tuc/{procedure}"
    })
    String procedure(
            @PathVariable String procedure,
            @PathVariable(required = false) String unit,
            @PathVariable(required = false) Long officerId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Procedure proc =
                catalog.find(procedure).orElseThrow(() -> new NotFoundException("report.procedureNotFound", procedure));
        Agency agency = unit == null
                ? null
                : agencies.visible(null).stream()
                        .filter(a -> a.code().equals(unit))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("report.unitNotFound", unit));
        Officer officer = officerId == null
                ? null
                : agencies.officers(agency.id()).stream()
                        .filter(o -> o.id() == officerId)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("report.officerNotFound", officerId));
        String scope = agency != null ? agency.code() : CurrentUser.scope().provinceCode();
        Period p = ReportPeriod.of(period, from, to, clock);
        var satisfaction = insights.satisfaction(scope, officerId, procedure, p.from(), p.to(), GroupBy.UNIT, null);
        var timeliness = insights.timeliness(scope, officerId, procedure, p.from(), p.to(), GroupBy.UNIT);
        model.addAttribute("period", p);
        model.addAttribute("shortcuts", ReportPeriod.shortcuts(clock));
        model.addAttribute("minN", insights.minN());
        model.addAttribute("procedure", proc);
        model.addAttribute("agency", agency);
        model.addAttribute("officer", officer);
        model.addAttribute("total", Totals.satisfaction(satisfaction));
        model.addAttribute("totalTimeliness", Totals.timeliness(timeliness));
        model.addAttribute(
                "atRisk",
                dossiers.count(new DossierFilter(
                        agency == null ? null : agency.id(),
                        null,
                        null,
                        procedure,
                        null,
                        officerId,
                        null,
                        null,
                        null,
                        null,
                        true,
                        null,
                        null)));
        if (agency == null) {
            Map<String, Long> ids =
                    agencies.visible(null).stream().collect(Collectors.toMap(Agency::code, Agency::id, (a, b) -> a));
            model.addAttribute("rows", UnitLines.of(satisfaction, timeliness, List.of()));
            model.addAttribute("agencyIds", ids);
        } else if (officer == null) {
            model.addAttribute(
                    "rows",
                    UnitLines.of(
                            insights.satisfaction(scope, null, procedure, p.from(), p.to(), GroupBy.OFFICER, null),
                            insights.timeliness(scope, null, procedure, p.from(), p.to(), GroupBy.OFFICER),
                            List.of()));
        }
        Period t = ReportPeriod.trend(p);
        model.addAttribute(
                "trendSatisfaction",
                insights.satisfaction(scope, officerId, procedure, t.from(), t.to(), GroupBy.MONTH, null));
        model.addAttribute(
                "trendTimeliness", insights.timeliness(scope, officerId, procedure, t.from(), t.to(), GroupBy.MONTH));
        model.addAttribute(
                "months",
                UnitLines.of(
                                insights.satisfaction(
                                        scope, officerId, procedure, p.from(), p.to(), GroupBy.MONTH, null),
                                insights.timeliness(scope, officerId, procedure, p.from(), p.to(), GroupBy.MONTH),
                                List.of())
                        .stream()
                        .sorted(java.util.Comparator.comparing(UnitLines.Line::key))
                        .toList());
        return "report/procedure";
    }
}
