package vn.hailong.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Delivers queued messages (once across instances), retrying failures a few times. */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final SmsGateway sms;
    private final Clock clock;
    private final String from;

    OutboxSender(JdbcClient jdbc, JavaMailSender mail, SmsGateway sms, Clock clock, NotifyProperties properties) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.sms = sms;
        this.clock = clock;
        this.from = properties.mail().from();
    }

    /** A message waiting to be sent. */
    record Pending(long id, String channel, String recipient, String subject, String body) {}

    @Scheduled(fixedDelayString = "${hailong.outbox.delay:PT30S}")
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT5M")
    public void sendPending() {
        List<Pending> pending =
                jdbc.sql("""
                select id, channel, recipient, subject, body from outbox_message
                where sent_at is null and attempts < :max order by id fetch first 200 rows only""").param("max", MAX_ATTEMPTS).query(Pending.class).list();
        for (Pending m : pending) {
            long id = m.id();
            try {
                if ("EMAIL".equals(m.channel())) {
                    SimpleMailMessage message = new SimpleMailMessage();
                    message.setFrom(from);
                    message.setTo(m.recipient());
                    message.setSubject(m.subject());
                    message.setText(m.body());
                    mail.send(message);
                } else {
                    sms.send(m.recipient(), m.body());
                }
                jdbc.sql("update outbox_message set sent_at = :t, attempts = attempts + 1 where id = :id")
                        .param("t", Timestamp.from(Instant.now(clock)))
                        .param("id", id)
                        .update();
            } catch (RuntimeException e) {
                log.warn("Outbox message {} not sent: {}", id, e.getMessage());
                String error = String.valueOf(e.getMessage());
                jdbc.sql("update outbox_message set attempts = attempts + 1, last_error = :e where id = :id")
                        .param("e", error.length() > 1000 ? error.substring(0, 1000) : error)
                        .param("id", id)
                        .update();
            }
        }
    }
}
