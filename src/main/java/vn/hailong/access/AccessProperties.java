package vn.hailong.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the access module: sign-in ({@code hailong.security.*}) and the public endpoints' rate limit
 * ({@code hailong.public-rate-limit.*}).
 *
 * @param security sign-in rules and the first administrator
 * @param publicRateLimit requests per address to the public endpoints
 */
@Validated
@ConfigurationProperties("hailong")
public record AccessProperties(
        @DefaultValue @Valid Security security,
        @DefaultValue @Valid PublicRateLimit publicRateLimit) {

    /**
     * @param maxFailedLogins failed sign-ins before the account is locked
     * @param lockMinutes minutes an account stays locked
     * @param bootstrapAdmin the administrator created on an empty database
     */
    public record Security(
            @DefaultValue("5") @Positive int maxFailedLogins,
            @DefaultValue("15") @Positive long lockMinutes,
            @DefaultValue BootstrapAdmin bootstrapAdmin) {}

    /**
     * @param username the administrator's user name; blank: none is created
     * @param password the administrator's first password
     */
    public record BootstrapAdmin(
            @DefaultValue("") String username,
            @DefaultValue("") String password) {}

    /** @param perMinute requests per minute from one address */
    public record PublicRateLimit(
            @DefaultValue("120") @Positive long perMinute) {}
}
