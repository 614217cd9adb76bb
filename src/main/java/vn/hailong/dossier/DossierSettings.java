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
    private final int supplementWaitDays;

    DossierSettings(
            @Value("${hailong.dossier.at-risk-days:1}") int atRiskDays,
            @Value("${hailong.rating.token-days:30}") int tokenDays,
            PublicUrl publicUrl,
            @Value("${hailong.dossier.supplement-wait-days:15}") int supplementWaitDays) {
        this.atRiskDays = atRiskDays;
        this.supplementWaitDays = supplementWaitDays;
        this.tokenLifetime = Duration.ofDays(tokenDays);
        this.publicUrl = publicUrl;
    }

    /** An open dossier due within this many working days is at risk. */
    public int atRiskDays() {
        return atRiskDays;
    }

    /**
     * Days after a supplement request without the supplement before the dossier is closed: 15 in Decree 118/2025/NĐ-CP
     * Art. 19(5), unless a specialised law sets another time.
     */
    public int supplementWaitDays() {
        return supplementWaitDays;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    public String ratingUrl(String token) {
        return token == null ? null : publicUrl.to("/r/" + token);
    }
}
