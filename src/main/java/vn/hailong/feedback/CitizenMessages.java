package vn.hailong.feedback;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.hailong.notify.Outbox;
import vn.hailong.shared.PublicUrl;

/**
 * Tells the citizen what happened to the case, through the outbox: e-mail when there is an address,
 * else SMS; nothing for an anonymous case. Texts are in Vietnamese from the message bundle.
 */
@Component
class CitizenMessages {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Set while the demo replays past cases: nothing is queued for messages that would have gone out long ago. */
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

    private final Outbox outbox;
    private final MessageSource messages;
    private final String publicUrl;

    CitizenMessages(Outbox outbox, MessageSource messages, PublicUrl publicUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.publicUrl = publicUrl.base();
    }

    /** A text the case records in Vietnamese (as the citizen's own words are), e.g. for a rating without comment. */
    String caseText(String key) {
        return messages.getMessage(key, null, VI);
    }

    static void quietly(Runnable work) {
        QUIET.set(true);
        try {
            work.run();
        } finally {
            QUIET.set(false);
        }
    }

    /** Queues the message {@code feedback.mail.<kind>} with the tracking code, the page link and the text given. */
    boolean send(String phone, String email, String kind, String trackingCode, String text, String rateToken) {
        if (QUIET.get()) {
            return false;
        }
        String link = publicUrl + "/gop-y/" + trackingCode;
        String rate = rateToken == null ? "" : publicUrl + "/gop-y/danh-gia/" + rateToken;
        String subject = messages.getMessage("feedback.mail.subject", new Object[] {trackingCode}, VI);
        String body = messages.getMessage(
                "feedback.mail." + kind, new Object[] {trackingCode, link, text == null ? "" : text, rate}, VI);
        if (email != null && !email.isBlank()) {
            outbox.queue(Outbox.Channel.EMAIL, email, subject, body);
            return true;
        }
        if (phone != null && !phone.isBlank()) {
            outbox.queue(
                    Outbox.Channel.SMS, phone, subject, body.length() > 459 ? body.substring(0, 456) + "..." : body);
            return true;
        }
        return false;
    }

    /** A note to staff (leaders, the province) about an overdue case. */
    void staff(String email, String trackingCode, String agencyName, int level, long caseId) {
        if (QUIET.get()) {
            return;
        }
        String subject = messages.getMessage("feedback.mail.escalationSubject", new Object[] {trackingCode}, VI);
        String body = messages.getMessage(
                "feedback.mail.escalation." + level,
                new Object[] {trackingCode, agencyName, publicUrl + "/phan-anh/" + caseId},
                VI);
        outbox.queue(Outbox.Channel.EMAIL, email, subject, body);
    }
}
