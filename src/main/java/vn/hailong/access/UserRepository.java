package vn.hailong.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.shared.Texts;

@Repository
class UserRepository {

    private static final String VIEW = """
            select u.id, u.username, u.full_name, u.email, u.role, u.province_code, u.agency_id,
                   cast(null as varchar(200)) agency_name, u.enabled, u.locked_until
            from app_user u""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AgencyDirectory agencies;

    UserRepository(JdbcClient jdbc, Clock clock, AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.agencies = agencies;
    }

    Optional<UserAccount> account(String username) {
        return jdbc.sql("""
                select id, username, password_hash, full_name, role, province_code, agency_id, enabled, locked_until,
                  must_change_password
                from app_user where username = :u""")
                .param("u", username)
                .query((rs, i) -> new UserAccount(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Role.valueOf(rs.getString(5)),
                        rs.getString(6),
                        (Long) rs.getObject(7, Long.class),
                        rs.getBoolean(8),
                        lockedNow(instant(rs.getTimestamp(9))),
                        rs.getBoolean(10)))
                .optional();
    }

    /** Users an administrator may see: all for a system administrator, a province's for its official. */
    List<UserView> list(AgencyScope scope, String query) {
        String where = scope.all()
                ? "1 = 1"
                : scope.provinceCode() != null
                        ? "(u.province_code = :scopeProvince or u.agency_id in (:provinceAgencies))"
                        : "1 = 0";
        return named(jdbc.sql(VIEW + " where " + where
                        + " and (lower(u.username) like :q or lower(u.full_name) like :q) order by u.username")
                .params(scope.parameters())
                .param("provinceAgencies", agencyIds(agencies.within(scope)))
                .param("q", "%" + (query == null ? "" : query.toLowerCase()) + "%")
                .query(this::toView)
                .list());
    }

    Optional<UserView> view(long id) {
        return jdbc.sql(VIEW + " where u.id = :id")
                .param("id", id)
                .query(this::toView)
                .optional()
                .map(u -> named(List.of(u)).get(0));
    }

    long insert(UserForm f, String hash) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, email, role, province_code, agency_id, enabled)
                values (:username, :hash, :fullName, :email, :role, :province, :agency, :enabled)""")
                .param("username", f.username())
                .param("hash", hash)
                .param("fullName", f.fullName())
                .param("email", Texts.blankToNull(f.email()))
                .param("role", f.role().name())
                .param("province", Texts.blankToNull(f.provinceCode()))
                .param("agency", f.agencyId())
                .param("enabled", f.enabled())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, UserForm f, String hashOrNull) {
        jdbc.sql("""
                update app_user set full_name = :fullName, email = :email, role = :role, province_code = :province,
                  agency_id = :agency, enabled = :enabled, password_hash = coalesce(:hash, password_hash),
                  failed_attempts = case when :enabled then failed_attempts else 0 end
                where id = :id""")
                .param("fullName", f.fullName())
                .param("email", Texts.blankToNull(f.email()))
                .param("role", f.role().name())
                .param("province", Texts.blankToNull(f.provinceCode()))
                .param("agency", f.agencyId())
                .param("enabled", f.enabled())
                .param("hash", hashOrNull)
                .param("id", id)
                .update();
    }

    /** A new password: chosen by the user ({@code mustChange} false) or set by an administrator (true). */
    void setPassword(long id, String hash, boolean mustChange) {
        jdbc.sql("update app_user set password_hash = :hash, must_change_password = :must where id = :id")
                .param("hash", hash)
                .param("must", mustChange)
                .param("id", id)
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Counts a failed sign-in; locks the account once the limit is reached. Returns the new count. */
    void recordFailure(String username, int max, Instant lockUntil) {
        jdbc.sql("""
                update app_user set failed_attempts = failed_attempts + 1,
                  locked_until = case when failed_attempts + 1 >= :max then :lockUntil else locked_until end
                where username = :u""")
                .param("max", max)
                .param("lockUntil", Timestamp.from(lockUntil))
                .param("u", username)
                .update();
    }

    void recordSuccess(String username) {
        jdbc.sql(
                        "update app_user set failed_attempts = 0, locked_until = null where username = :u and failed_attempts > 0")
                .param("u", username)
                .update();
    }

    void unlock(long id) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", id)
                .update();
    }

    private UserView toView(ResultSet rs, int i) throws SQLException {
        Instant locked = instant(rs.getTimestamp(10));
        return new UserView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Role.valueOf(rs.getString(5)),
                rs.getString(6),
                (Long) rs.getObject(7, Long.class),
                rs.getString(8),
                rs.getBoolean(9),
                lockedNow(locked) != null);
    }

    /** The users with their agency's name (from the organization module). */
    private List<UserView> named(List<UserView> users) {
        Map<Long, String> names = agencies.names(users.stream()
                .map(UserView::agencyId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        return users.stream()
                .map(u -> new UserView(
                        u.id(),
                        u.username(),
                        u.fullName(),
                        u.email(),
                        u.role(),
                        u.provinceCode(),
                        u.agencyId(),
                        u.agencyId() == null ? null : names.get(u.agencyId()),
                        u.enabled(),
                        u.locked()))
                .toList();
    }

    /** The ids of these agencies, never empty (an empty "in ()" is not valid SQL everywhere). */
    static List<Long> agencyIds(List<AgencyDirectory.AgencyRef> refs) {
        return refs.isEmpty()
                ? List.of(-1L)
                : refs.stream().map(AgencyDirectory.AgencyRef::id).toList();
    }

    /** The end of a lock still in force on the application's clock, else null. */
    private Instant lockedNow(Instant lockedUntil) {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now(clock)) ? lockedUntil : null;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
