package vn.hailong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.organization.AdministrativeUnits;
import vn.hailong.organization.Agencies;
import vn.hailong.survey.NewCampaign;
import vn.hailong.survey.Questionnaire;
import vn.hailong.survey.Questionnaires;
import vn.hailong.survey.SurveyBulk;

/**
 * SIPAS for Quảng Ninh: last year's campaign (June–October, interviews, 150 responses in each of five
 * communes, closed) and this year's open campaign, drawn from the demo's returned dossiers (its
 * invitations count as sent when it began, so none wait in the outbox), about four in ten answered.
 */
@Component
@Profile("demo")
@Order(40)
class SurveyDemo implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(SurveyDemo.class);

    private final SurveyBulk bulk;
    private final Questionnaires questionnaires;
    private final Agencies agencies;
    private final AdministrativeUnits units;
    private final Clock clock;

    SurveyDemo(
            SurveyBulk bulk, Questionnaires questionnaires, Agencies agencies, AdministrativeUnits units, Clock clock) {
        this.bulk = bulk;
        this.questionnaires = questionnaires;
        this.agencies = agencies;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public void load() {
        long started = System.nanoTime();
        // Phường Hồng Gai, Phường Hạ Long and the first three rural communes (xã) of the province.
        List<String> communes = new ArrayList<>(List.of(AccountsDemo.HONG_GAI, AccountsDemo.HA_LONG));
        units.list("commune", OrganizationDemo.PROVINCE, units.today()).stream()
                .filter(u -> u.fullName().startsWith("Xã"))
                .limit(3)
                .forEach(u -> communes.add(u.code()));
        List<Long> ids = communes.stream()
                .map(c -> agencies.byCode(OrganizationDemo.agencyCode(c))
                        .orElseThrow()
                        .id())
                .toList();
        int year = LocalDate.now(clock).getYear();
        String closedTitle = "Khảo sát SIPAS năm " + (year - 1);
        LocalDate from = LocalDate.of(year - 1, 6, 1);
        LocalDate to = LocalDate.of(year - 1, 10, 31);
        long closed =
                bulk.closedCampaign(closedTitle, "SIPAS-5x22", 1, from, to, OrganizationDemo.PROVINCE, ids, 150, 2025L);
        Questionnaire sipas = questionnaires.get("SIPAS-5x22", 1);
        int interviewed = bulk.store(closed, SurveyRespondents.interviews(sipas, closed, ids, from, to, 150, 2025L));
        bulk.auditClosed(closed, closedTitle, interviewed);
        LocalDate today = LocalDate.now(clock);
        long open = bulk.openCampaign(new NewCampaign(
                "Khảo sát SIPAS năm " + year,
                "SIPAS-5x22",
                1,
                today.minusDays(20),
                today.plusDays(40),
                ids,
                Map.of(),
                today.minusMonths(6),
                today.minusDays(21),
                12,
                2026L));
        int answered = bulk.store(open, SurveyRespondents.answers(sipas, bulk.invitations(open), 0.4, 2026L));
        log.info(
                "Demo SIPAS: a closed campaign of {} responses and an open one with {} answers in {} ms",
                ids.size() * 150,
                answered,
                (System.nanoTime() - started) / 1_000_000);
    }
}
