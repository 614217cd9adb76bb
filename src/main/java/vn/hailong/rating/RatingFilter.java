package vn.hailong.rating;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import vn.hailong.dossier.RatingMoment;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.Texts;

/**
 * What the rating list narrows to, as the page and the API take it (every one optional): {@code ?agency=&officer=}
 * {@code &moment=&channel=&low=&from=&to=}; the period is the last 30 days unless given (see {@link Ratings#page}).
 */
public record RatingFilter(
        Long agency,
        Long officer,
        RatingMoment moment,
        String channel,
        Boolean low,
        @DateTimeFormat(iso = ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) LocalDate to) {

    /** The channels a rating comes by (the codebook explains each). */
    public static final List<String> CHANNELS = List.of("QR", "KIOSK", "WEB", "PAPER", "BALLOT", "PORTAL");

    public RatingFilter {
        channel = Texts.blankToNull(channel);
    }

    /** Refuses a channel that is not one of {@link #CHANNELS} (rather than silently matching nothing). */
    void check() {
        if (channel != null && !CHANNELS.contains(channel)) {
            throw new InvalidInputException("rating.list.channel", channel);
        }
    }

    /** All ratings of the agencies in scope received in a period. */
    public static RatingFilter period(Long agency, Long officer, LocalDate from, LocalDate to) {
        return new RatingFilter(agency, officer, null, null, null, from, to);
    }

    public List<String> channels() {
        return CHANNELS;
    }
}
