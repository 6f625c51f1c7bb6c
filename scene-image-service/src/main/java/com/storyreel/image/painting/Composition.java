package com.storyreel.image.painting;

import java.util.Random;

/**
 * Where the main parts of a picture go, in pixels, for any frame shape: the horizon and the ground
 * line sit at fixed proportions of the height, the hero stands on one vertical third and
 * buildings or boats go to the other, and sizes follow the shorter side so portrait, square and
 * landscape frames all keep everything inside.
 */
record Composition(int width, int height, double unit, int horizonY, int groundY, int heroX, int sideX,
        boolean heroOnLeft, boolean sideTaken) {

    /** {@code sideTaken}: a building will stand on the far third, so the sun or moon keeps clear of it. */
    static Composition of(int width, int height, Random random, boolean sideTaken) {
        double aspect = width / (double) height;
        boolean heroOnLeft = random.nextBoolean();
        double horizon = aspect < 0.8 ? 0.6 : 0.58;
        double ground = aspect < 0.8 ? 0.84 : aspect < 1.2 ? 0.86 : 0.87;
        double heroThird = heroOnLeft ? 1 / 3.0 : 2 / 3.0;
        int heroX = (int) Math.round(width * (heroThird + (random.nextDouble() - 0.5) * 0.04));
        int sideX = (int) Math.round(width * (heroOnLeft ? 0.72 : 0.28));
        return new Composition(width, height, Math.min(width, height), (int) Math.round(height * horizon),
                (int) Math.round(height * ground), heroX, sideX, heroOnLeft, sideTaken);
    }

    /**
     * Where the sun or moon goes: a little off centre on the side the hero faces; when a building
     * stands there, a low sun sits in the middle and a high one over the hero's side.
     */
    double lightX(double areaX, double areaWidth, boolean low) {
        double fraction = !sideTaken ? (heroOnLeft ? 0.62 : 0.38) : low ? 0.5 : heroOnLeft ? 0.18 : 0.82;
        return areaX + areaWidth * fraction;
    }

    /** The hero faces the middle of the picture, and so toward the sun or moon. */
    boolean heroFacesLeft() {
        return !heroOnLeft;
    }
}
