package vn.hailong.survey;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.hailong.shared.PublicUrl;

/** Defaults of a sample plan: the quota per unit by its kind, the look-back window, who is not asked again, link lifetime. */
@Component
class SurveySettings {

    private final Map<String, Integer> quotas;
    private final int lookbackMonths;
    private final int excludeMonths;
    private final String publicUrl;
    private final int reminderDays;
    private final int maxReminders;

    SurveySettings(SurveyProperties properties, PublicUrl publicUrl) {
        SurveyProperties.Quota quota = properties.quota();
        this.reminderDays = properties.reminderDays();
        this.maxReminders = properties.maxReminders();
        this.quotas = Map.of(
                "WARD", quota.ward(),
                "COMMUNE", quota.commune(),
                "DEPARTMENT", quota.department(),
                "SERVICE_CENTER", quota.serviceCentre());
        this.lookbackMonths = properties.lookbackMonths();
        this.excludeMonths = properties.excludeMonths();
        this.publicUrl = publicUrl.base();
    }

    /** 200 for a ward (phường), 150 for a rural commune or special zone, by kind otherwise (configurable). */
    public int defaultQuota(String agencyKind, String agencyName) {
        if ("COMMUNE_PC".equals(agencyKind)) {
            return agencyName != null && agencyName.contains("Phường") ? quotas.get("WARD") : quotas.get("COMMUNE");
        }
        return "SERVICE_CENTER".equals(agencyKind) ? quotas.get("SERVICE_CENTER") : quotas.get("DEPARTMENT");
    }

    /** Days between the invitation (or the last reminder) and the next reminder. */
    public int reminderDays() {
        return reminderDays;
    }

    public int maxReminders() {
        return maxReminders;
    }

    public int lookbackMonths() {
        return lookbackMonths;
    }

    public int excludeMonths() {
        return excludeMonths;
    }

    public String surveyUrl(String token) {
        return publicUrl + "/khao-sat/" + token;
    }
}
