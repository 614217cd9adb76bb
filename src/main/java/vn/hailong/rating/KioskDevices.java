package vn.hailong.rating;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.shared.ForbiddenException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Secrets;

/**
 * Counter kiosks: an administrator registers a tablet to a desk and sees its secret once; the tablet
 * sends the secret with every call; revoking stops it at once.
 */
@Service
public class KioskDevices {

    /** A new device and its secret, shown once. */
    public record Registration(long id, String secret) {}

    private static final String SELECT = """
            select k.id, k.agency_id, a.name, k.desk_id, d.name, k.name, k.instrument, k.created_at, k.revoked_at, k.last_seen_at
            from kiosk_device k join agency a on a.id = k.agency_id join desk d on d.id = k.desk_id""";

    private final JdbcClient jdbc;
    private final RatingRepository ratings;
    private final AuditLog audit;
    private final Clock clock;
    private final int idleSeconds;
    private final int minIntervalSeconds;

    KioskDevices(JdbcClient jdbc, RatingRepository ratings, AuditLog audit, Clock clock, KioskProperties properties) {
        this.jdbc = jdbc;
        this.ratings = ratings;
        this.audit = audit;
        this.clock = clock;
        this.idleSeconds = properties.idleSeconds();
        this.minIntervalSeconds = properties.minIntervalSeconds();
    }

    /** The desks of the agencies the caller may see, as {id, "agency · desk"}. */
    public List<Map.Entry<Long, String>> desks() {
        AgencyScope scope = CurrentUser.scope();
        return jdbc.sql("select d.id, a.name, d.name from desk d join agency a on a.id = d.agency_id where "
                        + scope.predicate("a") + " order by a.name, d.name")
                .params(scope.parameters())
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2) + " · " + rs.getString(3)))
                .list();
    }

    public List<KioskDevice> list() {
        AgencyScope scope = CurrentUser.scope();
        return jdbc.sql(SELECT + " where " + scope.predicate("a") + " order by k.revoked_at desc, a.name, k.name")
                .params(scope.parameters())
                .query((rs, i) -> device(rs))
                .list();
    }

    @Transactional
    public Registration register(Long deskId, String name, Instrument instrument) {
        return register(deskId, name, instrument, "kiosk_" + Secrets.token(32));
    }

    /** A registration with a chosen secret: only for the demo's well-known tablets and for tests. */
    @Transactional
    public Registration register(Long deskId, String name, Instrument instrument, String secret) {
        if (deskId == null || name == null || name.isBlank() || name.length() > 120) {
            throw new InvalidInputException("kiosk.incomplete");
        }
        Map.Entry<Long, String> desk = desks().stream()
                .filter(d -> d.getKey().equals(deskId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("kiosk.deskNotFound", deskId));
        long agency = jdbc.sql("select agency_id from desk where id = :d")
                .param("d", desk.getKey())
                .query(Long.class)
                .single();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into kiosk_device (agency_id, desk_id, name, token_hash, instrument, created_at, created_by)
                values (:a, :d, :n, :h, :i, :t, :by)""")
                .param("a", agency)
                .param("d", deskId)
                .param("n", name.trim())
                .param("h", Secrets.sha256(secret))
                .param("i", (instrument == null ? Instrument.FIVE_LEVEL : instrument).name())
                .param("t", Timestamp.valueOf(LocalDateTime.now(clock)))
                .param("by", CurrentUser.name())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("kiosk_device", id, "REGISTER", null, Map.of("desk", deskId, "name", name.trim()));
        return new Registration(id, secret);
    }

    @Transactional
    public void revoke(long id) {
        if (list().stream().noneMatch(k -> k.id() == id)) {
            throw new NotFoundException("kiosk.notFound", id);
        }
        jdbc.sql("update kiosk_device set revoked_at = :t where id = :id and revoked_at is null")
                .param("t", Timestamp.valueOf(LocalDateTime.now(clock)))
                .param("id", id)
                .update();
        audit.record("kiosk_device", id, "REVOKE", null, null);
    }

    /** The device behind a secret; a missing, unknown or revoked one is refused (403). */
    public KioskDevice authenticate(String secret) {
        KioskDevice device = secret == null || secret.isBlank()
                ? null
                : jdbc.sql(SELECT + " where k.token_hash = :h")
                        .param("h", Secrets.sha256(secret.trim()))
                        .query((rs, i) -> device(rs))
                        .optional()
                        .orElse(null);
        if (device == null || !device.active()) {
            throw new ForbiddenException("kiosk.unknownDevice");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (device.lastSeenAt() == null || device.lastSeenAt().isBefore(now.minusMinutes(1))) {
            jdbc.sql("update kiosk_device set last_seen_at = :t where id = :id")
                    .param("t", Timestamp.valueOf(now))
                    .param("id", device.id())
                    .update();
        }
        return device;
    }

    /** What the kiosk shows: the desk, its officers on duty, the agency's counter form on the device's scale. */
    public KioskConfig config(String secret, String lang) {
        KioskDevice device = authenticate(secret);
        String form = ratings.formOf(device.agencyId());
        List<KioskConfig.OnDuty> officers = jdbc.sql("""
                select id, full_name, position from officer where desk_id = :d and active order by full_name""")
                .param("d", device.deskId())
                .query((rs, i) -> new KioskConfig.OnDuty(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        return new KioskConfig(
                device.name(),
                device.agencyName(),
                device.deskName(),
                officers,
                form,
                ratings.formTitle(form, lang).orElseThrow(),
                ratings.items(form, lang),
                device.instrument(),
                device.instrument().scores(),
                idleSeconds,
                minIntervalSeconds);
    }

    private static KioskDevice device(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new KioskDevice(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                Instrument.valueOf(rs.getString(7)),
                rs.getTimestamp(8).toLocalDateTime(),
                time(rs.getTimestamp(9)),
                time(rs.getTimestamp(10)));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
