package vn.hailong.rating.web;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.rating.NewRating;
import vn.hailong.rating.RatingForm;
import vn.hailong.rating.Ratings;

@RestController
@Tag(name = "Đánh giá / Ratings", description = "Public, by the dossier's one-time token; rate-limited")
class RatingApi {

    private final Ratings ratings;

    RatingApi(Ratings ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/api/v1/rating-forms/{token}")
    @Operation(summary = "The form for the dossier behind a token: agency, procedure, items and scale")
    RatingForm form(@PathVariable String token) {
        return ratings.form(token, LocaleContextHolder.getLocale().getLanguage());
    }

    @PostMapping("/api/v1/ratings")
    @Operation(summary = "Submit a rating; the same idempotencyKey again answers with the same id; a second rating of a dossier is 409")
    ResponseEntity<Map<String, Long>> submit(@Valid @RequestBody NewRating rating) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", ratings.submit(rating).id()));
    }
}
