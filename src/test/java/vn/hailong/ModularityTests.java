package vn.hailong;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules depend on each other only through their public faces, without cycles. */
class ModularityTests {

    @Test
    void verifiesModularStructure() {
        ApplicationModules.of(HaiLongApplication.class).verify();
    }
}
