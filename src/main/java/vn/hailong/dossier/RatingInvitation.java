package vn.hailong.dossier;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.hailong.notify.Outbox;

/**
 * When the result is returned, the applicant receives the dossier's rating link: by SMS when a phone
 * number was given, otherwise by e-mail; through the outbox, in the returning transaction.
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

    /** A received dossier gets its rating token at once (the receipt carries the link). */
    void issue(long dossierId, java.time.LocalDateTime now) {
        links.issue(dossierId, now, now.plus(settings.tokenLifetime()));
    }

    void send(DossierRecord returned) {
        String token = links.token(returned.id()).orElse(null);
        if (!enabled || token == null) {
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
