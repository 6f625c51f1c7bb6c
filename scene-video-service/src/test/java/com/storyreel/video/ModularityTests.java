package com.storyreel.video;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        ApplicationModules.of(SceneVideoServiceApplication.class).verify();
    }
}
