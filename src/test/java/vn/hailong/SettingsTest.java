package vn.hailong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import vn.hailong.access.AccessProperties;
import vn.hailong.dossier.DossierProperties;
import vn.hailong.feedback.FeedbackProperties;
import vn.hailong.insight.InsightProperties;
import vn.hailong.report.ReportProperties;
import vn.hailong.shared.HaiLongProperties;
import vn.hailong.survey.Aggregation;
import vn.hailong.survey.SurveyProperties;

/** The typed settings: their defaults (the values the application had before they were typed) and their checks. */
class SettingsTest {

    private static <T> T bind(String prefix, Class<T> type, Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix, type);
    }

    @Test
    void withNothingConfiguredEverySettingHasItsDefault() {
        HaiLongProperties shared = bind("hailong", HaiLongProperties.class, Map.of());
        assertThat(shared.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(shared.clock().at()).isEmpty();
        assertThat(shared.documents().concurrent()).isEqualTo(2);
        assertThat(shared.documents().retryAfterSeconds()).isEqualTo(10);

        FeedbackProperties feedback = bind("hailong.feedback", FeedbackProperties.class, Map.of());
        assertThat(feedback.attachmentMaxBytes()).isEqualTo(5 * 1024 * 1024);
        assertThat(feedback.resolveDays()).isEqualTo(15);

        DossierProperties dossier = bind("hailong.dossier", DossierProperties.class, Map.of());
        assertThat(dossier.ledgerMaxDays()).isEqualTo(92);
        assertThat(dossier.supplementWaitDays()).isEqualTo(15);

        SurveyProperties survey = bind("hailong.survey", SurveyProperties.class, Map.of());
        assertThat(survey.quota().commune()).isEqualTo(150);
        assertThat(survey.quota().serviceCentre()).isEqualTo(200);

        ReportProperties report = bind("hailong.report", ReportProperties.class, Map.of());
        assertThat(report.scorecardTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(report.annual().sipasAggregation()).isEqualTo(Aggregation.MEAN);

        AccessProperties access = bind("hailong", AccessProperties.class, Map.of());
        assertThat(access.publicRateLimit().perMinute()).isEqualTo(120);
        assertThat(access.security().bootstrapAdmin().username()).isEmpty();
    }

    @Test
    void theInsightMinimumsFallBackToTheGeneralOne() {
        InsightProperties general =
                bind("hailong.insight", InsightProperties.class, Map.of("hailong.insight.min-n", "40"));
        assertThat(general.classificationMinN()).isEqualTo(40);
        assertThat(general.alertsMinN()).isEqualTo(40);
        assertThat(general.classification().satisfaction()).containsExactly(0.95, 0.90, 0.80);
        InsightProperties own = bind(
                "hailong.insight",
                InsightProperties.class,
                Map.of("hailong.insight.alerts.min-n", "10", "hailong.insight.classification.on-time", "0.9,0.8,0.7"));
        assertThat(own.alertsMinN()).isEqualTo(10);
        assertThat(own.classificationMinN()).isEqualTo(30);
        assertThat(own.classification().onTime()).containsExactly(0.9, 0.8, 0.7);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({FeedbackProperties.class, ReportProperties.class})
    static class Settings {}

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void aBadValueStopsTheStartWithThePropertyNamed() {
        context.withPropertyValues("hailong.feedback.resolve-days=0")
                .run(started -> assertThat(started)
                        .getFailure()
                        .hasStackTraceContaining("hailong.feedback")
                        .hasStackTraceContaining("resolveDays"));
        context.withPropertyValues("hailong.report.annual.sipas-aggregation=median")
                .run(started -> assertThat(started).getFailure().hasStackTraceContaining("sipas-aggregation"));
        context.withPropertyValues("hailong.report.annual.sipas-aggregation=pooled")
                .run(started -> assertThat(
                                started.getBean(ReportProperties.class).annual().sipasAggregation())
                        .isEqualTo(Aggregation.POOLED));
    }
}
