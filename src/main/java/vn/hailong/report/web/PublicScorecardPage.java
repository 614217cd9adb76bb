package vn.hailong.report.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hailong.insight.Insights;
import vn.hailong.insight.Period;

/**
 * The public scorecard: every unit of a province with its satisfaction rate, n and timeliness, without
 * signing in and without personal data; cacheable for five minutes. Default: the last full month.
 */
@Controller
class PublicScorecardPage {

    private final Insights insights;
    private final Clock clock;

    PublicScorecardPage(Insights insights, Clock clock) {
        this.insights = insights;
        this.clock = clock;
    }

    @GetMapping("/cong-khai")
    String scorecard(@RequestParam(required = false) String province, @RequestParam(required = false) String period, Model model,
            HttpServletResponse response) {
        Map<String, String> provinces = insights.provinces();
        String chosen = province != null && provinces.containsKey(province) ? province
                : provinces.isEmpty() ? null : provinces.keySet().iterator().next();
        Period p = period == null || period.isBlank() ? Period.parse(YearMonth.now(clock).minusMonths(1).toString()) : Period.parse(period);
        model.addAttribute("provinces", provinces);
        model.addAttribute("province", chosen);
        model.addAttribute("period", p);
        model.addAttribute("shortcuts", ReportPeriod.shortcuts(clock));
        model.addAttribute("units", chosen == null ? java.util.List.of() : insights.scorecard(chosen, p));
        response.setHeader("Cache-Control", "public, max-age=300");
        return "report/public";
    }
}
