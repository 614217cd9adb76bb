package vn.hailong.rating;

import java.util.List;

/**
 * What a kiosk needs to run (also offline): its desk and agency, the officers on duty there, the
 * agency's counter form with the device's scale, and the timings.
 */
public record KioskConfig(
        String deviceName,
        String agencyName,
        String deskName,
        List<OnDuty> officers,
        String formCode,
        String formTitle,
        List<RatingItem> items,
        Instrument instrument,
        List<Integer> scale,
        int idleSeconds,
        int minIntervalSeconds) {

    /** An officer sitting at the desk: name and position only, never contact details. */
    public record OnDuty(long id, String name, String position) {}
}
