package vn.hailong.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.hailong.feedback.FeedbackCases;
import vn.hailong.feedback.FeedbackRates;
import vn.hailong.feedback.Hotline;
import vn.hailong.feedback.Hotlines;
import vn.hailong.insight.Insights;
import vn.hailong.insight.Period;
import vn.hailong.insight.Scorecard;

/**
 * The public scorecard of a province: per unit its satisfaction with n, timeliness, the feedback it received,
 * answered and answered on time in the period, and its leaders' hotlines (position and number). Counts only,
 * nothing about a person who rated or wrote. The computed table is kept a short while
 * ({@code hailong.report.scorecard-ttl}, default 5 minutes) with a tag that changes when any figure does.
 */
@Service
public class PublicScorecard {

    /** A unit's line; {@code feedback} with zeros when the unit received no case. */
    public record Line(Scorecard card, FeedbackRates feedback, List<Hotline> hotlines) {}

    /** The table and its entity tag (a digest of every figure on it). */
    public record Table(String province, Period period, List<Line> lines, String etag) {}

    private static final FeedbackRates NONE = new FeedbackRates(0, 0, 0, 0, 0);

    private final Insights insights;
    private final FeedbackCases cases;
    private final Hotlines hotlines;
    private final Cache<String, Table> cache;

    PublicScorecard(Insights insights, FeedbackCases cases, Hotlines hotlines, ReportProperties properties) {
        this.insights = insights;
        this.cases = cases;
        this.hotlines = hotlines;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(properties.scorecardTtl())
                .maximumSize(500)
                .build();
    }

    public Table of(String province, Period p) {
        return cache.get(province + "|" + p.from() + "|" + p.to(), k -> compute(province, p));
    }

    private Table compute(String province, Period p) {
        Map<String, FeedbackRates> feedback = cases.publicRates(province, p.from(), p.to());
        Map<String, List<Hotline>> phones = hotlines.byAgencyCode(province);
        List<Line> lines = insights.scorecard(province, p).stream()
                .map(c -> new Line(c, feedback.getOrDefault(c.code(), NONE), phones.getOrDefault(c.code(), List.of())))
                .toList();
        return new Table(province, p, lines, digest(province, p, lines));
    }

    private static String digest(String province, Period p, List<Line> lines) {
        StringBuilder b = new StringBuilder(province)
                .append('|')
                .append(p.key())
                .append('|')
                .append(p.from())
                .append('|')
                .append(p.to());
        for (Line l : lines) {
            var s = l.card().satisfaction();
            var t = l.card().timeliness();
            var f = l.feedback();
            b.append('\n')
                    .append(l.card().code())
                    .append('|')
                    .append(l.card().name())
                    .append('|')
                    .append(s.n())
                    .append('|')
                    .append(s.satisfied())
                    .append('|')
                    .append(t.early())
                    .append('|')
                    .append(t.onTime())
                    .append('|')
                    .append(t.late())
                    .append('|')
                    .append(f.received())
                    .append('|')
                    .append(f.answered())
                    .append('|')
                    .append(f.answeredOnTime());
            l.hotlines()
                    .forEach(h -> b.append('|').append(h.position()).append(':').append(h.phone()));
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
