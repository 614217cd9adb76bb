package vn.hailong.rating.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.rating.NewRating;
import vn.hailong.rating.RatingFilter;
import vn.hailong.rating.RatingForm;
import vn.hailong.rating.RatingView;
import vn.hailong.rating.Ratings;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListParams;
import vn.hailong.shared.ListQuery;

@RestController
@Tag(name = "Đánh giá / Ratings", description = "Public, by the dossier's one-time token; rate-limited")
class RatingApi {

    private final Ratings ratings;

    RatingApi(Ratings ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/api/v1/rating-forms/{token}")
    @Operation(
            summary = "The form for the dossier behind a token: agency, procedure, moment, its items and scale",
            description = "moment: RECEPTION (the receipt's token: how the dossier was received) or RESULT (the token"
                    + " the return sends: the result); items: those asked at that moment. A token issued before the"
                    + " moments follows the dossier: RESULT once returned, RECEPTION before.")
    RatingForm form(@PathVariable String token) {
        return ratings.form(token, LocaleContextHolder.getLocale().getLanguage());
    }

    @GetMapping("/api/v1/ratings")
    @Operation(
            summary = "Ratings of the caller's agencies in a period (default the last 30 days), each with its answers",
            description = "Newest first (dir=asc: oldest first). Filters: agency, officer, moment (RECEPTION or"
                    + " RESULT), channel (QR, KIOSK, WEB, PAPER, BALLOT, PORTAL), low (true: a low answer), from, to;"
                    + " q: the dossier's code, with or without dashes. limit: rows per page (default 1000, at most"
                    + " 1000); total counts every rating that matches; nextCursor (null on the last page) is passed"
                    + " back as cursor. moment: RECEPTION or RESULT (null for a rating without a dossier).")
    ListPage<RatingView> list(@ParameterObject RatingFilter filter, @ParameterObject ListParams paging) {
        return ratings.page(filter, paging.page(ListQuery.MAX_LIMIT), null);
    }

    @PostMapping("/api/v1/ratings")
    @Operation(
            summary =
                    "Submit a rating; the same idempotencyKey again answers with the same id; a second rating of a dossier at the same moment is 409",
            description =
                    "moment (optional): RECEPTION or RESULT. A token of a moment rates that moment (another is"
                            + " 400); otherwise the moment asked, or by default RESULT once the dossier was returned and"
                            + " RECEPTION before. The answers are those of the moment's items (GET /api/v1/rating-forms/{token}).")
    ResponseEntity<Map<String, Long>> submit(@Valid @RequestBody NewRating rating) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("id", ratings.submit(rating).id()));
    }
}
