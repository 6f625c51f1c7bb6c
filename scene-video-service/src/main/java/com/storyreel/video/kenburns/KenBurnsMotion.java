package com.storyreel.video.kenburns;

import java.util.List;
import java.util.Locale;

/**
 * One scene's camera move: the part of the picture in view at the first frame and at the last, with an ease-in-out
 * between them. Scenes take the moves in turn, so neighbouring scenes never move alike.
 *
 * @param name what the move does, for the log
 * @param from the view at the first frame
 * @param to the view at the last frame
 */
record KenBurnsMotion(String name, View from, View to) {

    private static final double CENTRE_ZOOM = 1.12;
    private static final double PAN_ZOOM = 1.10;
    private static final double CORNER_ZOOM = 1.14;

    /**
     * The part of the picture in view, as fractions of the picture's width and height: its left and top edges and
     * its size (1 is the whole picture, 1 / zoom when zoomed in). It keeps the picture's proportions.
     */
    record View(double left, double top, double size) {

        static View centred(double zoom) {
            double size = 1 / zoom;
            return new View((1 - size) / 2, (1 - size) / 2, size);
        }

        static View atCorner(double zoom, boolean right, boolean bottom) {
            double size = 1 / zoom;
            return new View(right ? 1 - size : 0, bottom ? 1 - size : 0, size);
        }
    }

    /**
     * The move for a scene; the same scene at the same size always gets the same move. Pans run along the long side
     * of the frame, where there is the most to see.
     */
    static KenBurnsMotion forScene(int sceneIndex, int width, int height) {
        boolean landscape = width >= height;
        double panSize = 1 / PAN_ZOOM;
        double middle = (1 - panSize) / 2;
        double far = 1 - panSize;
        View left = new View(0, middle, panSize);
        View right = new View(far, middle, panSize);
        View top = new View(middle, 0, panSize);
        View bottom = new View(middle, far, panSize);
        List<KenBurnsMotion> moves = List.of(
                new KenBurnsMotion("zoom in to the centre", View.centred(1), View.centred(CENTRE_ZOOM)),
                landscape ? new KenBurnsMotion("pan left to right", left, right)
                        : new KenBurnsMotion("pan top to bottom", top, bottom),
                new KenBurnsMotion("zoom in toward the top right", View.centred(1),
                        View.atCorner(CORNER_ZOOM, true, false)),
                new KenBurnsMotion("zoom out from the centre", View.centred(CENTRE_ZOOM), View.centred(1)),
                landscape ? new KenBurnsMotion("pan right to left", right, left)
                        : new KenBurnsMotion("pan bottom to top", bottom, top),
                new KenBurnsMotion("zoom in toward the bottom left", View.centred(1),
                        View.atCorner(CORNER_ZOOM, false, true)));
        return moves.get(Math.floorMod(sceneIndex, moves.size()));
    }

    /**
     * The zoompan filter that plays this move over {@code frames} frames into a plane of {@code width} x
     * {@code height}. The expressions work in fractions of the input, so one move serves the luma and the chroma
     * planes alike.
     */
    String zoompan(int frames, int fps, int width, int height) {
        // Cosine ease-in-out: the camera starts and stops gently rather than with a jolt.
        String progress = frames > 1 ? "(0.5-0.5*cos(PI*on/" + (frames - 1) + "))" : "0";
        return "zoompan=z='1/" + between(from.size, to.size, progress) + "'"
                + ":x='iw*" + between(from.left, to.left, progress) + "'"
                + ":y='ih*" + between(from.top, to.top, progress) + "'"
                + ":d=" + frames + ":s=" + width + "x" + height + ":fps=" + fps;
    }

    private static String between(double start, double end, String progress) {
        if (start == end) {
            return String.format(Locale.ROOT, "%.9f", start);
        }
        return String.format(Locale.ROOT, "(%.9f%+.9f*%s)", start, end - start, progress);
    }
}
