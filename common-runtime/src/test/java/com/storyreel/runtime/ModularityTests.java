package com.storyreel.runtime;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        ApplicationModules.of("com.storyreel.runtime").verify();
    }
}
