package vn.hailong.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API keys for integrations. Only a SHA-256 hash is stored; the key is shown once, at creation. */
@Service
public class ApiKeys {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final ScopeGuard guard;
    private final AgencyDirectory agencies;

    ApiKeys(JdbcClient jdbc, Clock clock, AuditLog audit, ScopeGuard guard, AgencyDirectory agencies) {
        this.agencies = agencies;
        this.guard = guard;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Creates a key limited to one agency or one province (within the caller's scope) and returns its secret. */
    @Transactional
    public String create(String name, String provinceCode, Long agencyId) {
        if (name == null || name.isBlank() || (agencyId == null && (provinceCode == null || provinceCode.isBlank()))) {
            throw new vn.hailong.shared.InvalidInputException("apiKey.incomplete");
        }
        guard.administrator();
        if (agencyId != null) {
            guard.agency(agencyId);
        }
        if (provinceCode != null && !provinceCode.isBlank()) {
            guard.province(provinceCode);
        }
        String key = "hl_" + vn.hailong.shared.Secrets.token(32);
        jdbc.sql(
                        "insert into api_key (name, key_hash, province_code, agency_id, created_at) values (:n, :h, :p, :a, :t)")
                .param("n", name)
                .param("h", hash(key))
                .param("p", provinceCode)
                .param("a", agencyId)
                .param("t", Timestamp.from(Instant.now(clock)))
                .update();
        audit.record(
                "api_key",
                name,
                "CREATE",
                null,
                java.util.Map.of("province", String.valueOf(provinceCode), "agency", String.valueOf(agencyId)));
        return key;
    }

    /** A key as administrators see it: never the secret. */
    public record ApiKeyView(
            long id, String name, String provinceCode, String agencyName, Instant createdAt, Instant revokedAt) {}

    public java.util.List<ApiKeyView> list() {
        AgencyScope scope = CurrentUser.scope();
        String where = scope.all()
                ? "1 = 1"
                : scope.provinceCode() != null
                        ? "(k.province_code = :scopeProvince or k.agency_id in (:provinceAgencies))"
                        : "1 = 0";
        java.util.List<KeyRow> keys = jdbc.sql(
                        "select k.id, k.name, k.province_code, k.agency_id, k.created_at, k.revoked_at from api_key k "
                                + "where " + where + " order by k.id desc")
                .params(scope.parameters())
                .param("provinceAgencies", UserRepository.agencyIds(agencies.within(scope)))
                .query((rs, i) -> new KeyRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
        java.util.Map<Long, String> names = agencies.names(keys.stream()
                .map(KeyRow::agencyId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        return keys.stream()
                .map(k -> new ApiKeyView(
                        k.id(),
                        k.name(),
                        k.provinceCode(),
                        k.agencyId() == null ? null : names.get(k.agencyId()),
                        k.createdAt(),
                        k.revokedAt()))
                .toList();
    }

    private record KeyRow(
            long id, String name, String provinceCode, Long agencyId, Instant createdAt, Instant revokedAt) {}

    @Transactional
    public void revoke(long id) {
        if (list().stream().noneMatch(k -> k.id() == id)) {
            throw new vn.hailong.shared.NotFoundException("apiKey.notFound", id);
        }
        jdbc.sql("update api_key set revoked_at = :t where id = :id and revoked_at is null")
                .param("t", Timestamp.from(Instant.now(clock)))
                .param("id", id)
                .update();
        audit.record("api_key", id, "REVOKE", null, null);
    }

    Optional<ApiKeyPrincipal> resolve(String key) {
        return jdbc.sql(
                        "select id, name, province_code, agency_id from api_key where key_hash = :h and revoked_at is null")
                .param("h", hash(key))
                .query((rs, i) -> {
                    String province = rs.getString(3);
                    Long agency = rs.getObject(4, Long.class);
                    AgencyScope scope = agency != null ? AgencyScope.agency(agency) : AgencyScope.province(province);
                    return new ApiKeyPrincipal(rs.getLong(1), rs.getString(2), scope);
                })
                .optional();
    }

    static String hash(String key) {
        return vn.hailong.shared.Secrets.sha256(key);
    }
}
