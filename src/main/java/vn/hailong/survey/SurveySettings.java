package vn.hailong.survey;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hailong.shared.PublicUrl;

/** Defaults of a sample plan: the quota per unit by its kind, the look-back window, who is not asked again, link lifetime. */
@Component
public class SurveySettings {

    private final Map<String, Integer> quotas;
    private final int lookbackMonths;
    private final int excludeMonths;
    private final String publicUrl;
    private final int reminderDays;
    private final int maxReminders;

    SurveySettings(
            @Value("${hailong.survey.quota.ward:200}") int ward,
            @Value("${hailong.survey.quota.commune:150}") int commune,
            @Value("${hailong.survey.quota.department:100}") int department,
            @Value("${hailong.survey.quota.service-centre:200}") int centre,
            @Value("${hailong.survey.lookback-months:12}") int lookbackMonths,
            @Value("${hailong.survey.exclude-months:12}") int excludeMonths,
            PublicUrl publicUrl,
            @Value("${hailong.survey.reminder-days:7}") int reminderDays,
            @Value("${hailong.survey.max-reminders:2}") int maxReminders) {
        this.reminderDays = reminderDays;
        this.maxReminders = maxReminders;
        this.quotas = Map.of("WARD", ward, "COMMUNE", commune, "DEPARTMENT", department, "SERVICE_CENTER", centre);
        this.lookbackMonths = lookbackMonths;
        this.excludeMonths = excludeMonths;
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
