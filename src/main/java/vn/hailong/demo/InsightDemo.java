package vn.hailong.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.insight.Rollups;

/** Last step: the demo's bulk loads write raw rows without events, so the rollups are recomputed from them. */
@Component
@Profile("demo")
@Order(100)
class InsightDemo implements DemoStep {

    private final Rollups rollups;

    InsightDemo(Rollups rollups) {
        this.rollups = rollups;
    }

    @Override
    public void load() {
        rollups.rebuild();
    }
}
