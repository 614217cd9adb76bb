package vn.hailong.dossier;

import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.hailong.shared.PublicUrl;

/** Configurable rules of the dossier module. */
@Component
public class DossierSettings {

    private final int atRiskDays;
    private final Duration tokenLifetime;
    private final PublicUrl publicUrl;
    private final int supplementWaitDays;

    DossierSettings(DossierProperties properties, RatingLinkProperties link, PublicUrl publicUrl) {
        this.atRiskDays = properties.atRiskDays();
        this.supplementWaitDays = properties.supplementWaitDays();
        this.tokenLifetime = Duration.ofDays(link.tokenDays());
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
