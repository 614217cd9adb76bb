package vn.hailong.demo;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.access.SystemActor;
import vn.hailong.insight.Evaluations;
import vn.hailong.insight.Period;

/**
 * After the rollups (and the Decree 61 dossier scores) are rebuilt: Phường Hồng Gai's leader self-scores the last
 * whole quarter half a point under the computed average, rounded down, with an explanation; the province has not
 * appraised it yet.
 */
@Component
@Order(110)
class EvaluationDemo implements DemoStep {

    private final Evaluations evaluations;

    EvaluationDemo(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void load() {
        Period quarter = evaluations.quarter(null);
        String hongGai = OrganizationDemo.agencyCode(AccountsDemo.HONG_GAI);
        Double computed = evaluations.unit(hongGai, quarter).average();
        if (computed == null) {
            return;
        }
        double self = Math.max(0, Math.floor(computed * 2) / 2 - 0.5);
        SystemActor.run(
                "honggai.lanhdao",
                () -> evaluations.selfScore(
                        hongGai,
                        quarter,
                        self,
                        "Đơn vị tự chấm thận trọng, thấp hơn điểm tính từ dữ liệu, chờ tỉnh thẩm định."));
    }
}
