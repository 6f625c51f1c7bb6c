package com.storyreel.image.painting;

import java.awt.Rectangle;

/**
 * The ground a setting was painted with, so subjects fit into it: for each pixel column, where a
 * figure's feet go in the foreground and where buildings stand further back, or {@link #NONE}
 * where there is nothing to stand on (open water, a gap); where a boat or whale can float, if
 * anywhere; and the open sky that flying things may use (a window, indoors).
 */
record Stage(int[] front, int[] back, WaterSpot water, Rectangle sky) {

    static final int NONE = -1;

    /** A place on open water; {@code scale} shrinks what floats there with distance. */
    record WaterSpot(int x, int y, double scale) {
    }

    boolean hasWater() {
        return water != null;
    }

    /** The column nearest to {@code x} that has ground in front, or {@link #NONE} if there is none. */
    int nearestFront(int x) {
        return nearest(front, x);
    }

    int nearestBack(int x) {
        return nearest(back, x);
    }

    private static int nearest(int[] profile, int x) {
        int start = Math.max(0, Math.min(profile.length - 1, x));
        for (int offset = 0; offset < profile.length; offset++) {
            if (start - offset >= 0 && profile[start - offset] != NONE) {
                return start - offset;
            }
            if (start + offset < profile.length && profile[start + offset] != NONE) {
                return start + offset;
            }
        }
        return NONE;
    }
}
