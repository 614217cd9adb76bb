package vn.hailong.dossier;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rating link a dossier's applicant receives ({@code hailong.rating.*}, the part the dossier module uses).
 *
 * @param tokenDays days a rating link stays valid
 * @param inviteOnReturn send the rating invitation when the result is returned
 */
@Validated
@ConfigurationProperties("hailong.rating")
record RatingLinkProperties(
        @DefaultValue("30") @Positive int tokenDays,
        @DefaultValue("true") boolean inviteOnReturn) {}
