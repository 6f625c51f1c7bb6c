package com.storyreel.image.painting;

import java.awt.Rectangle;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.stream.IntStream;

import com.storyreel.events.StoryCharacter;

import static com.storyreel.image.painting.Colors.rgb;
import static com.storyreel.image.painting.Sketch.ellipse;
import static com.storyreel.image.painting.Sketch.polygon;
import static com.storyreel.image.painting.Sketch.rotated;

/**
 * Draws a story's characters into a painted scene, each in its own look and in a fixed slot by its place in the
 * story's cast, whichever others the scene shows: the first (the protagonist) left of centre in the foreground, the next ones right of centre, far right, far left and in the middle. All stand on the
 * same ground line, facing the middle, sized by figure and build. Where and how big a character is depends only on
 * its look, its slot and the frame, never on the setting, so it lands in the same place at the same size in every
 * scene. The protagonist is drawn last, in front of the others. There are five slots; a sixth character and
 * any after it are left out.
 */
final class CastPainter {

    /** Each slot's centre, as a share of the frame's width. */
    private static final double[] SLOTS = {0.3, 0.68, 0.88, 0.12, 0.5};
    /** A standing person's height, as a share of the frame's shorter side. */
    private static final double PERSON = 0.34;
    /** A whale's or dragon's length, as a share of the frame's shorter side. */
    private static final double LONG_FIGURE = 0.5;

    private CastPainter() {
    }

    /** A character a scene shows, its look, and its slot: its place in the story's cast. */
    record Member(StoryCharacter character, Look look, int slot) {
    }

    /** The characters of the story's {@code cast} that a picture with this prompt shows, in the cast's order. */
    static List<Member> shown(String prompt, List<StoryCharacter> cast) {
        return IntStream.range(0, cast.size()).filter(slot -> cast.get(slot).shownIn(prompt))
                .mapToObj(slot -> new Member(cast.get(slot), Look.of(cast.get(slot)), slot)).toList();
    }

    /**
     * Where a character is drawn: its sketch's origin ({@code x}, {@code y}) and scale, the ground line it rests on,
     * which way it faces, and the box it stays within.
     */
    record Placement(double x, double y, double ground, double scale, boolean facesLeft, Rectangle box) {
    }

    static Placement place(Look look, int slot, int width, int height) {
        double unit = Math.min(width, height);
        double baseline = height * 0.89;
        boolean facesLeft = SLOTS[slot] > 0.5;
        boolean longFigure = look.figure() == Subject.WHALE || look.figure() == Subject.DRAGON;
        double scale = unit * look.build().factor * (longFigure ? LONG_FIGURE : PERSON * look.figure().size());
        // Half the figure's width and its height above the ground line, in sketch units.
        double halfWidth = longFigure ? 0.8 : SubjectPainter.aspect(look.figure()) * 0.6;
        double top = longFigure ? 0.8 : 1.15;
        double x = Math.max(halfWidth * scale, Math.min(width - halfWidth * scale, width * SLOTS[slot]));
        // A whale or dragon rests its belly on the ground line, a walker its feet.
        double y = longFigure ? baseline - scale * 0.2 : baseline;
        Rectangle box = new Rectangle((int) Math.round(x - halfWidth * scale), (int) Math.round(baseline - top * scale),
                (int) Math.round(halfWidth * scale * 2), (int) Math.round(top * scale + height * 0.02));
        return new Placement(x, y, baseline, scale, facesLeft, box);
    }

    static void paint(Canvas c, Stage stage, List<Member> shown) {
        for (Member member : shown.reversed()) {
            if (member.slot() >= SLOTS.length) {
                continue;
            }
            Look look = member.look();
            Placement at = place(look, member.slot(), c.width, c.height);
            ground(c, stage, look, at);
            try (Sketch s = c.character(at.x(), at.y(), at.scale(), at.facesLeft())) {
                draw(c, s, look);
            }
        }
    }

    /** A shadow under every figure; a walker over open water gets a rock to stand on, a whale a splash. */
    private static void ground(Canvas c, Stage stage, Look look, Placement at) {
        double width = at.box().width;
        double baseline = at.ground();
        int column = (int) Math.max(0, Math.min(c.width - 1, at.x()));
        boolean overWater = stage.front()[column] == Stage.NONE;
        if (look.figure() == Subject.WHALE) {
            if (stage.hasWater()) {
                c.fill(ellipse(at.x(), baseline, width * 0.8, width * 0.05), Colors.alpha(c.palette.lit(rgb(236, 244,
                        250)), 0.35));
            }
            return;
        }
        if (overWater && look.figure() != Subject.DRAGON) {
            c.fill(ellipse(at.x(), baseline + c.unit * 0.01, width * 1.3, c.unit * 0.06), c.palette.lit(rgb(96, 90,
                    86)));
        }
        c.fill(ellipse(at.x(), baseline, width * 0.9, width * 0.1 + c.unit * 0.01), Colors.alpha(rgb(20, 20, 30),
                0.22));
    }

    private static void draw(Canvas c, Sketch s, Look look) {
        switch (look.figure()) {
            case FOX -> Creatures.fox(s, look.main());
            case RABBIT -> Creatures.rabbit(s, look.main());
            case BEAR -> Creatures.bear(s, look.main(), Colors.mix(look.main(), look.accent(), 0.5));
            case OWL -> Creatures.owl(s, look.main());
            case CAT -> Creatures.cat(s, look.main());
            case DOG -> Creatures.dog(s, look.main(), look.accent());
            case ROBOT -> Creatures.robot(s, look.main());
            case WHALE -> Creatures.whale(s, false, look.main(), look.accent());
            case DRAGON -> Creatures.dragon(s, look.main());
            default -> Creatures.child(c, s, new Creatures.Outfit(look.dress(), look.main(), look.accent(),
                    look.hair(), look.skin(), look.headwear(), false, false));
        }
        mark(s, look);
    }

    private static void mark(Sketch s, Look look) {
        boolean person = look.figure() == Subject.CHILD;
        switch (look.mark()) {
            case BEARD -> s.part(polygon(-0.115, -0.8, 0.115, -0.8, 0.09, -0.7, 0, -0.655, -0.09, -0.7),
                    look.accent());
            case SCARF -> {
                if (person) {
                    s.part(look.accent(), new RoundRectangle2D.Double(-0.1, -0.715, 0.2, 0.055, 0.03, 0.03),
                            new RoundRectangle2D.Double(0.03, -0.7, 0.045, 0.16, 0.02, 0.02));
                }
                else if (look.figure() == Subject.FOX) {
                    s.part(look.accent(), rotated(ellipse(0.3, -0.6, 0.1, 0.26), -35, 0.3, -0.6),
                            polygon(0.24, -0.58, 0.3, -0.58, 0.26, -0.4, 0.2, -0.42));
                }
            }
            case NONE -> {
                // Nothing but the figure and its colours.
            }
        }
    }
}
