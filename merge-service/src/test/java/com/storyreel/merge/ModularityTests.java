package com.storyreel.merge;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        ApplicationModules.of(MergeServiceApplication.class).verify();
    }
}
