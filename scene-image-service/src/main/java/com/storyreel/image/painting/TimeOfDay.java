package com.storyreel.image.painting;

/** When a scene happens; it decides the sky, the sun or moon and how much light falls on everything. */
enum TimeOfDay {
    DAWN, MORNING, NOON, AFTERNOON, SUNSET, DUSK, NIGHT;

    boolean isDark() {
        return this == NIGHT || this == DUSK;
    }

    boolean hasSun() {
        return this != NIGHT && this != DUSK;
    }

    /** The sun sits low and big near the horizon. */
    boolean isLowSun() {
        return this == DAWN || this == SUNSET;
    }
}
