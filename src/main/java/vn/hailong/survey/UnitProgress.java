package vn.hailong.survey;

/**
 * One unit of a campaign: its quota, invitations sent, responses received, the response rate and the share of the
 * quota reached; and of them the organisations' stratum: representatives invited and invited ones who answered.
 */
public record UnitProgress(
        long agencyId,
        String agencyName,
        int quota,
        long invited,
        long responded,
        Double responseRate,
        Double quotaReached,
        long invitedOrganisations,
        long respondedOrganisations) {}
