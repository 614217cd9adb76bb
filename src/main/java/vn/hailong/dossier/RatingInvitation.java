package vn.hailong.dossier;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hailong.notify.Outbox;

/**
 * When the result is returned, the applicant receives the dossier's rating link: by SMS when a phone
 * number was given, otherwise by e-mail; through the outbox, in the returning transaction.
 */
@Component
class RatingInvitation {

    private final DossierRepository dossiers;
    private final RatingLinks links;
    private final DossierSettings settings;
    private final Outbox outbox;
    private final boolean enabled;

    RatingInvitation(
            DossierRepository dossiers,
            RatingLinks links,
            DossierSettings settings,
            Outbox outbox,
            @Value("${hailong.rating.invite-on-return:true}") boolean enabled) {
        this.dossiers = dossiers;
        this.links = links;
        this.settings = settings;
        this.outbox = outbox;
        this.enabled = enabled;
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
        Map<String, Object> d = dossiers.details(returned.id()).orElseThrow();
        String phone = (String) d.get("applicant_phone");
        String email = (String) d.get("applicant_email");
        String text = "%s đã trả kết quả hồ sơ %s (%s). Mời Ông/Bà đánh giá sự hài lòng: %s"
                .formatted(d.get("agency_name"), returned.code(), d.get("procedure_name"), settings.ratingUrl(token));
        if (phone != null && !phone.isBlank()) {
            outbox.queue(Outbox.Channel.SMS, phone, null, text);
        } else if (email != null && !email.isBlank()) {
            outbox.queue(Outbox.Channel.EMAIL, email, "Mời đánh giá sự hài lòng – hồ sơ " + returned.code(), text);
        }
    }
}
