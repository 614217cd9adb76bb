package vn.hailong.report.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import vn.hailong.access.CurrentUser;
import vn.hailong.insight.Insights;
import vn.hailong.insight.Period;
import vn.hailong.report.PublicScorecard;

/**
 * The public scorecard: every unit of a province with its satisfaction rate and n, timeliness, answered feedback
 * and leaders' hotlines, without signing in and without personal data. Cacheable for five minutes by anyone
 * (Cache-Control public) and revalidated by its tag (ETag: the figures and the page's language); signed-in visitors get a private copy; the table
 * itself is computed at most once per short TTL on the server. Default period: the last full month.
 */
@Controller
class PublicScorecardPage {

    private final Insights insights;
    private final PublicScorecard scorecards;
    private final Clock clock;

    PublicScorecardPage(Insights insights, PublicScorecard scorecards, Clock clock) {
        this.insights = insights;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    @GetMapping("/cong-khai")
    String scorecard(
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String period,
            Model model,
            WebRequest request,
            HttpServletRequest servletRequest,
            HttpServletResponse response) {
        Map<String, String> provinces = insights.provinces();
        String chosen = province != null && provinces.containsKey(province)
                ? province
                : provinces.isEmpty() ? null : provinces.keySet().iterator().next();
        Period p = period == null || period.isBlank()
                ? Period.parse(YearMonth.now(clock).minusMonths(1).toString())
                : Period.parse(period);
        PublicScorecard.Table table = chosen == null ? null : scorecards.of(chosen, p);
        String etag = "\"" + (table == null ? "none" : table.etag()) + "-"
                + LocaleContextHolder.getLocale().getLanguage() + "\"";
        if (CurrentUser.principal().isEmpty()) {
            // the same bytes for every visitor: no CSRF token in the page (it has no form to post), so no session
            // either
            servletRequest.removeAttribute("_csrf");
            response.setHeader(
                    HttpHeaders.CACHE_CONTROL,
                    CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic().getHeaderValue());
        } else {
            // a signed-in page carries the user's name and sign-out token: the user's browser only
            response.setHeader(
                    HttpHeaders.CACHE_CONTROL,
                    CacheControl.noCache().cachePrivate().getHeaderValue());
        }
        response.setHeader(HttpHeaders.VARY, "Cookie");
        if (request.checkNotModified(etag)) {
            return null;
        }
        model.addAttribute("provinces", provinces);
        model.addAttribute("province", chosen);
        model.addAttribute("period", p);
        model.addAttribute("shortcuts", ReportPeriod.shortcuts(clock));
        model.addAttribute("units", table == null ? java.util.List.of() : table.lines());
        return "report/public";
    }
}
