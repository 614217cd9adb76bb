package vn.hailong.dossier;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.hailong.notify.Outbox;

/**
 * When the result is returned, the dossier gets the result's rating token, and the applicant receives its link: by
 * SMS when a phone number was given, otherwise by e-mail; through the outbox, in the returning transaction. (The
 * receipt carries the reception's.)
 */
@Component
class RatingInvitation {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DossierRepository dossiers;
    private final RatingLinks links;
    private final MessageSource messages;
    private final DossierSettings settings;
    private final Outbox outbox;
    private final boolean enabled;

    RatingInvitation(
            DossierRepository dossiers,
            RatingLinks links,
            DossierSettings settings,
            Outbox outbox,
            RatingLinkProperties link,
            MessageSource messages) {
        this.dossiers = dossiers;
        this.links = links;
        this.messages = messages;
        this.settings = settings;
        this.outbox = outbox;
        this.enabled = link.inviteOnReturn();
    }

    /** A received dossier gets its reception's rating token at once (the receipt carries the link). */
    void issue(long dossierId, java.time.LocalDateTime now) {
        links.issue(dossierId, RatingMoment.RECEPTION, now, now.plus(settings.tokenLifetime()));
    }

    /** A returned dossier gets its result's rating token, which the applicant receives (when invitations are on). */
    void send(DossierRecord returned, java.time.LocalDateTime now) {
        String token = links.token(returned.id(), RatingMoment.RESULT)
                .orElseGet(
                        () -> links.issue(returned.id(), RatingMoment.RESULT, now, now.plus(settings.tokenLifetime())));
        if (!enabled) {
            return;
        }
        DossierDetails d = dossiers.details(returned.id()).orElseThrow();
        String phone = d.applicantPhone();
        String email = d.applicantEmail();
        // messages to citizens are in Vietnamese
        String text = messages.getMessage(
                "dossier.invite.text",
                new Object[] {d.agencyName(), returned.code(), d.procedureName(), settings.ratingUrl(token)},
                VI);
        if (phone != null && !phone.isBlank()) {
            outbox.queue(Outbox.Channel.SMS, phone, null, text);
        } else if (email != null && !email.isBlank()) {
            outbox.queue(
                    Outbox.Channel.EMAIL,
                    email,
                    messages.getMessage("dossier.invite.subject", new Object[] {returned.code()}, VI),
                    text);
        }
    }
}
