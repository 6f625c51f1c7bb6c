package com.storyreel.story;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        ApplicationModules.of(StoryServiceApplication.class).verify();
    }
}
