package vn.hailong.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.hailong.access.CurrentUser;
import vn.hailong.calendar.WorkingCalendar;

/** Builds what a person or integration sees of a dossier; personal data only for those who need it. */
@Component
class DossierViews {

    private final DossierRepository dossiers;
    private final RatingLinks links;
    private final DossierSettings settings;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DossierViews(
            DossierRepository dossiers,
            RatingLinks links,
            DossierSettings settings,
            WorkingCalendar calendar,
            Clock clock) {
        this.dossiers = dossiers;
        this.links = links;
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
    }

    DossierView view(DossierRecord d) {
        DossierDetails x = dossiers.details(d.id()).orElseThrow();
        Applicant applicant =
                new Applicant(x.applicantName(), x.applicantPhone(), x.applicantEmail(), x.applicantAddress());
        return new DossierView(
                d.code(),
                d.status(),
                d.status().code(),
                d.agencyId(),
                x.agencyName(),
                x.receivingAgencyId(),
                x.receivingAgencyName(),
                d.procedureCode(),
                x.nationalCode(),
                x.procedureName(),
                x.fieldCode(),
                Channel.of(x.channel()),
                mayReadPersonalData() ? applicant : applicant.masked(),
                ApplicantKind.valueOf(x.applicantKind()),
                decode(x.documents()),
                x.sets(),
                x.receivingOfficer(),
                d.receivedAt(),
                d.dueAt(),
                d.originalDueAt(),
                d.resolvedAt(),
                d.returnedAt(),
                d.timeliness(),
                atRisk(d),
                d.supplementCount(),
                d.extensionCount(),
                settings.ratingUrl(links.token(d.id(), RatingMoment.RECEPTION).orElse(null)),
                dossiers.steps(d.id()),
                dossiers.events(d.id()),
                dossiers.flags(d.id()));
    }

    boolean atRisk(DossierRecord d) {
        if (!d.status().open()) {
            return false;
        }
        LocalDate horizon =
                calendar.plusWorkingDays(LocalDate.now(clock), settings.atRiskDays(), WorkingCalendar.DEFAULT_WEEKEND);
        return !d.dueAt().toLocalDate().isAfter(horizon);
    }

    /** Officers, leaders, secretaries and integrations work with the applicant; officials and viewers see statistics. */
    static boolean mayReadPersonalData() {
        return CurrentUser.mayReadPersonalData();
    }

    static String encode(List<ReceivedDocument> documents) {
        return documents == null
                ? ""
                : documents.stream().map(ReceivedDocument::encode).collect(Collectors.joining("\n"));
    }

    static List<ReceivedDocument> decode(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("\n"))
                        .filter(l -> !l.isBlank())
                        .map(ReceivedDocument::decode)
                        .toList();
    }
}
