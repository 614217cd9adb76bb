package vn.hailong.insight;

/**
 * The response rate of a period: returned dossiers that were rated ÷ dossiers returned ({@code rate}, null when
 * none was returned; each dossier counted once, so never above 100%), and beside it what the rate cannot hold:
 * ballot-box slips (anonymous, opened monthly) and ratings that name no dossier (e.g. a kiosk rating of an officer).
 */
public record ResponseRate(long returned, long rated, Double rate, long ballotSlips, long withoutDossier) {

    public static ResponseRate of(long returned, long rated, long ballotSlips, long withoutDossier) {
        return new ResponseRate(
                returned, rated, returned == 0 ? null : (double) rated / returned, ballotSlips, withoutDossier);
    }
}
