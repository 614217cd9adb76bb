package vn.hailong.dossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A line of the dossier page's timeline: an event of the dossier, or a citizen's rating of it (with the case a low
 * rating opened, if the caller may see it); in time order, an event before a rating at the same minute.
 */
public record TimelineEntry(
        LocalDateTime at, DossierEventView event, DossierRatings.Rating rating, DossierCases.Case ratingCase) {

    /** The dossier's events and ratings (with the cases the caller may see), in time order. */
    public static List<TimelineEntry> of(
            DossierView dossier, List<DossierRatings.Rating> ratings, List<DossierCases.Case> cases) {
        List<TimelineEntry> entries = new ArrayList<>();
        dossier.events().forEach(e -> entries.add(new TimelineEntry(e.at(), e, null, null)));
        for (DossierRatings.Rating r : ratings) {
            DossierCases.Case opened = cases.stream()
                    .filter(c -> c.ratingId() != null && c.ratingId() == r.id())
                    .findFirst()
                    .orElse(null);
            entries.add(new TimelineEntry(r.at(), null, r, opened));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(e -> e.event() == null));
        return entries;
    }
}
