package vn.hailong.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Queues a message in the caller's transaction; {@link OutboxSender} delivers it later. */
@Service
public class Outbox {

    /** How a message reaches the citizen. */
    public enum Channel {
        EMAIL,
        SMS
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void queue(Channel channel, String recipient, String subject, String body) {
        jdbc.sql(
                        "insert into outbox_message (channel, recipient, subject, body, created_at) values (:c, :r, :s, :b, :t)")
                .param("c", channel.name())
                .param("r", recipient)
                .param("s", subject)
                .param("b", body)
                .param("t", Timestamp.from(Instant.now(clock)))
                .update();
    }

    public long pending() {
        return jdbc.sql("select count(*) from outbox_message where sent_at is null")
                .query(Long.class)
                .single();
    }
}
