package vn.hailong.demo;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hailong.rating.RatingBulk;

/** Ratings for about seven in ten returned demo dossiers, across channels, mostly satisfied, some low with comments. */
@Component
@Order(7)
class RatingDemo implements DemoStep {

    private final RatingBulk ratings;

    RatingDemo(RatingBulk ratings) {
        this.ratings = ratings;
    }

    @Override
    public void load() {
        ratings.seedReturnedDossiers(0.7, 2026);
    }
}
