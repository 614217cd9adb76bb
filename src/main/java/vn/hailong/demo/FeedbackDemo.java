package vn.hailong.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.feedback.Hotlines;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.organization.AgencyKind;
import vn.hailong.organization.Officer;

/**
 * A year of feedback cases across channels (Phường Hồng Gai gets half, then Hạ Long and a few other
 * communes and departments), and the leaders' hotline directory of every People's Committee.
 */
@Component
@Profile("demo")
@Order(20)
class FeedbackDemo implements DemoStep {

    private final FeedbackHistory history;
    private final Hotlines hotlines;
    private final Agencies agencies;

    FeedbackDemo(FeedbackHistory history, Hotlines hotlines, Agencies agencies) {
        this.history = history;
        this.hotlines = hotlines;
        this.agencies = agencies;
    }

    @Override
    public void load() {
        List<Agency> all = agencies.visible(null);
        List<Long> chosen = new ArrayList<>();
        chosen.add(agencies.byCode(OrganizationDemo.agencyCode(AccountsDemo.HONG_GAI))
                .orElseThrow()
                .id());
        chosen.add(agencies.byCode(OrganizationDemo.agencyCode(AccountsDemo.HA_LONG))
                .orElseThrow()
                .id());
        all.stream()
                .filter(a -> a.kind() == AgencyKind.COMMUNE_PC)
                .limit(6)
                .map(Agency::id)
                .forEach(chosen::add);
        agencies.byCode("22-STP").map(Agency::id).ifPresent(chosen::add);
        agencies.byCode("22-TTPVHCC").map(Agency::id).ifPresent(chosen::add);
        history.seed(chosen, 240, 766);

        Random random = new Random(1900);
        List<String> names = DemoData.lines("data/demo/officer-names.txt");
        for (Agency a : all) {
            String head = a.kind() == AgencyKind.COMMUNE_PC
                    ? "Chủ tịch UBND"
                    : a.kind() == AgencyKind.DEPARTMENT
                            ? "Giám đốc Sở"
                            : a.kind() == AgencyKind.PROVINCE_PC ? "Chủ tịch UBND tỉnh" : "Giám đốc Trung tâm";
            String chair = agencies.officersUnscoped(a.id()).stream()
                    .filter(o -> "Chủ tịch UBND".equals(o.position()))
                    .map(Officer::fullName)
                    .findFirst()
                    .orElse(names.get(random.nextInt(names.size())));
            hotlines.add(a.id(), chair, head, phone(random));
            String deputy = a.kind() == AgencyKind.COMMUNE_PC
                    ? "Phó Chủ tịch UBND"
                    : head.replace("Chủ tịch", "Phó Chủ tịch").replace("Giám đốc", "Phó Giám đốc");
            hotlines.add(a.id(), names.get(random.nextInt(names.size())), deputy, phone(random));
        }
    }

    private static String phone(Random random) {
        return "0912" + (100000 + random.nextInt(899999));
    }
}
