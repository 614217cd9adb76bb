package vn.hailong.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.report.ChangesFeed;

@RestController
@Tag(name = "Thay đổi / Changes", description = "A feed to keep another system in sync without re-reading lists")
class ChangesApi {

    private final ChangesFeed feed;

    ChangesApi(ChangesFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/api/v1/changes")
    @Operation(
            summary =
                    "Dossier events, ratings and feedback case events after a cursor (scoped to the caller's agencies)",
            description =
                    "Start without since (from the beginning); then pass the answer's next as since. Each item: kind "
                            + "(DOSSIER_EVENT, RATING, FEEDBACK_EVENT), id (in its stream), ref (dossier code or feedback tracking "
                            + "code), type (event type, rating channel, feedback action), agencyId, at. While more is true read again "
                            + "at once; when false, poll later with the same next. limit: 1–1000 (default 500). The cursor is opaque.")
    ChangesFeed.Page changes(
            @RequestParam(required = false) String since, @RequestParam(required = false) Integer limit) {
        return feed.read(since, limit == null ? 500 : limit);
    }
}
