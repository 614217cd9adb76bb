package vn.hailong.dossier;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.hailong.shared.PublicUrl;

/** Configurable rules of the dossier module. */
@Component
public class DossierSettings {

    private final int atRiskDays;
    private final Duration tokenLifetime;
    private final PublicUrl publicUrl;

    DossierSettings(@Value("${hailong.dossier.at-risk-days:1}") int atRiskDays,
            @Value("${hailong.rating.token-days:30}") int tokenDays, PublicUrl publicUrl) {
        this.atRiskDays = atRiskDays;
        this.tokenLifetime = Duration.ofDays(tokenDays);
        this.publicUrl = publicUrl;
    }

    /** An open dossier due within this many working days is at risk. */
    public int atRiskDays() {
        return atRiskDays;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    public String ratingUrl(String token) {
        return token == null ? null : publicUrl.to("/r/" + token);
    }
}
