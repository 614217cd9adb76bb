package vn.hailong.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.hailong.dossier.Dossiers;
import vn.hailong.feedback.FeedbackCases;
import vn.hailong.rating.Ratings;
import vn.hailong.shared.Change;
import vn.hailong.shared.InvalidInputException;

/**
 * The changes feed for integrators: dossier events, ratings and feedback case events the caller may see, each stream
 * in its own id order, read after an opaque cursor that holds the last id read of each stream. A page is filled from
 * the dossier events first, then the ratings, then the feedback events; {@code more} says another page is waiting.
 */
@Service
public class ChangesFeed {

    public static final int MAX_LIMIT = 1000;

    /** A page of changes and the cursor to read the next one with (also when nothing new came: keep polling it). */
    public record Page(List<Change> items, String next, boolean more) {}

    private record Position(long dossierEvent, long rating, long feedbackEvent) {}

    private final Dossiers dossiers;
    private final Ratings ratings;
    private final FeedbackCases feedback;

    ChangesFeed(Dossiers dossiers, Ratings ratings, FeedbackCases feedback) {
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.feedback = feedback;
    }

    public Page read(String since, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("list.limit", MAX_LIMIT);
        }
        Position from = decode(since);
        List<Change> items = new ArrayList<>();
        List<Change> events = dossiers.changesAfter(from.dossierEvent(), limit + 1);
        items.addAll(events.subList(0, Math.min(limit, events.size())));
        boolean more = events.size() > limit;
        List<Change> rated = List.of();
        List<Change> cases = List.of();
        if (!more) {
            rated = ratings.changesAfter(from.rating(), limit - items.size() + 1);
            more = rated.size() > limit - items.size();
            rated = rated.subList(0, Math.min(limit - items.size(), rated.size()));
            items.addAll(rated);
        }
        if (!more) {
            cases = feedback.changesAfter(from.feedbackEvent(), limit - items.size() + 1);
            more = cases.size() > limit - items.size();
            cases = cases.subList(0, Math.min(limit - items.size(), cases.size()));
            items.addAll(cases);
        }
        Position next = new Position(
                last(events.subList(0, Math.min(limit, events.size())), from.dossierEvent()),
                last(rated, from.rating()),
                last(cases, from.feedbackEvent()));
        return new Page(items, encode(next), more);
    }

    private static long last(List<Change> read, long before) {
        return read.isEmpty() ? before : read.get(read.size() - 1).id();
    }

    static String encode(Position p) {
        String raw = "c1:" + p.dossierEvent() + ":" + p.rating() + ":" + p.feedbackEvent();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String since) {
        if (since == null || since.isBlank()) {
            return new Position(0, 0, 0);
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(since.trim()), StandardCharsets.UTF_8).split(":");
            if (parts.length == 4 && parts[0].equals("c1")) {
                Position p = new Position(Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]));
                if (p.dossierEvent() >= 0 && p.rating() >= 0 && p.feedbackEvent() >= 0) {
                    return p;
                }
            }
        } catch (IllegalArgumentException e) {
            // the clear error below
        }
        throw new InvalidInputException("changes.since");
    }
}
