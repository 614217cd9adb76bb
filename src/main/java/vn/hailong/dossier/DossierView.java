package vn.hailong.dossier;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A dossier as the API and pages show it: {@code agencyId} is the agency competent to resolve it, {@code
 * receivingAgencyId} the one-stop body that received it (the same agency unless received elsewhere in the province);
 * {@code procedureNationalCode} the procedure's code in the national database (mã TTHC), if known.
 */
public record DossierView(
        String code,
        DossierStatus status,
        int statusCode,
        long agencyId,
        String agencyName,
        long receivingAgencyId,
        String receivingAgencyName,
        String procedureCode,
        String procedureNationalCode,
        String procedureName,
        String fieldCode,
        Channel channel,
        Applicant applicant,
        ApplicantKind applicantKind,
        List<ReceivedDocument> documents,
        int sets,
        String receivingOfficer,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime originalDueAt,
        LocalDateTime resolvedAt,
        LocalDateTime returnedAt,
        Timeliness timeliness,
        boolean atRisk,
        int supplementCount,
        int extensionCount,
        String ratingUrl,
        List<DossierStep> steps,
        List<DossierEventView> events,
        List<DossierFlag> flags) {}
