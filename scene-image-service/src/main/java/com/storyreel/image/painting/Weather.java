package com.storyreel.image.painting;

/** The weather over a scene; anything but clear adds clouds and greys the light. */
enum Weather {
    CLEAR, CLOUDY, FOG, RAIN, STORM, SNOW;

    boolean isWet() {
        return this == RAIN || this == STORM;
    }

    /** The sun or moon is hidden or washed out. */
    boolean hidesLight() {
        return this == RAIN || this == STORM || this == FOG;
    }
}
