package vn.hailong.dossier;

/**
 * What the dossier page, the forms and the rating invitation read beside the {@link DossierRecord}: names of the
 * agencies, procedure and receiving officer, and the applicant's data unmasked (the caller decides).
 */
record DossierDetails(
        String fieldCode,
        int channel,
        String applicantName,
        String applicantPhone,
        String applicantEmail,
        String applicantAddress,
        String applicantKind,
        String documents,
        int sets,
        String receivingOfficer,
        String agencyName,
        String procedureName,
        long receivingAgencyId,
        String receivingAgencyName,
        String nationalCode) {}
