package vn.hailong.feedback;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hailong.rating.RatingReceived;

/**
 * Takes over the follow-up of low ratings: each low rating opens an accepted complaint of the rated
 * agency, in the rating's own transaction (so both are stored or neither).
 */
@Component
class LowRatingCases {

    private final FeedbackIntake intake;

    LowRatingCases(FeedbackIntake intake) {
        this.intake = intake;
    }

    @EventListener
    void on(RatingReceived rating) {
        if (rating.low()) {
            intake.fromLowRating(rating);
        }
    }
}
