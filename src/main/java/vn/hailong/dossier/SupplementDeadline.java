package vn.hailong.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hailong.access.SystemActor;

/**
 * Closes a dossier whose supplement did not come (Decree 118/2025/NĐ-CP Art. 19(5)): "Sau 15 ngày kể từ khi thông báo
 * ... nếu tổ chức, cá nhân không hoàn thành việc hoàn thiện hồ sơ, ... thực hiện đóng hồ sơ". The 15 days are calendar
 * days after the day of the notice ({@code hailong.dossier.supplement-wait-days}, as a specialised law may set another
 * time); the dossier becomes STOPPED with the reason, and its notice is form 05.
 */
@Component
class SupplementDeadline {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DossierRepository repository;
    private final Dossiers dossiers;
    private final DossierSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    SupplementDeadline(
            DossierRepository repository,
            Dossiers dossiers,
            DossierSettings settings,
            MessageSource messages,
            Clock clock) {
        this.repository = repository;
        this.dossiers = dossiers;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @Scheduled(cron = "${hailong.dossier.supplement-deadline-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "dossier-supplement-deadline", lockAtMostFor = "PT30M")
    void run() {
        SystemActor.run("supplement-deadline", this::closeExpired);
    }

    /** Closes every dossier still waiting for a supplement after the wait; returns the codes closed. */
    List<String> closeExpired() {
        LocalDate today = LocalDate.now(clock);
        int days = settings.supplementWaitDays();
        List<String> codes =
                repository.awaitingSupplementBefore(today.minusDays(days).atStartOfDay());
        String reason = messages.getMessage("dossier.closedWithoutSupplement", new Object[] {days}, VI);
        LocalDateTime now = LocalDateTime.now(clock);
        for (String code : codes) {
            dossiers.apply(
                    code, new NewEvent("supplement-deadline", EventType.STOPPED, now, null, null, null, null, reason));
        }
        return codes;
    }
}
