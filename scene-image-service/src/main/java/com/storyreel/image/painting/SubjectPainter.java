package com.storyreel.image.painting;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static com.storyreel.image.painting.Colors.rgb;

/**
 * Places the prompt's subjects into the painted setting, far to near: buildings on the far third on
 * the back ground, flying things in the open sky, boats and whales on the water, then the
 * characters on the ground line, the first named (the hero) on the near third, companions beside
 * it toward the middle, all sized so the tallest stands about a third of the frame's short side.
 */
final class SubjectPainter {

    private static final Color[] CLOTHES = {rgb(200, 62, 56), rgb(236, 186, 60), rgb(62, 112, 192), rgb(72, 150, 92)};
    private static final Color[] HAIR = {rgb(110, 70, 40), rgb(42, 32, 30), rgb(232, 192, 112), rgb(196, 98, 48)};
    private static final Color[] SKIN = {rgb(246, 212, 182), rgb(216, 162, 122), rgb(150, 102, 72)};

    private SubjectPainter() {
    }

    static void paint(Canvas c, Stage stage) {
        Random random = c.random("subjects");
        if (c.scene.setting() != Setting.ROOM) {
            buildings(c, stage, random);
        }
        flying(c, stage, random);
        afloat(c, stage);
        besideHero(c, stage, random);
        characters(c, stage, random);
    }

    private static void flying(Canvas c, Stage stage, Random random) {
        List<Subject> flyers = new ArrayList<>(c.scene.subjectsAt(Subject.Place.SKY));
        if (c.scene.has(Subject.BALLOON) && c.scene.has(Subject.CHILD)) {
            flyers.remove(Subject.BALLOON);
        }
        if (c.scene.has(Subject.WHALE) && !stage.hasWater()) {
            flyers.add(Subject.WHALE);
        }
        if (flyers.isEmpty()) {
            return;
        }
        Rectangle sky = stage.sky();
        Shape clip = c.g.getClip();
        c.g.clip(sky);
        boolean left = c.layout.heroOnLeft();
        double scale = Math.min(c.unit, sky.width * 1.6);
        List<Point2D> taken = new ArrayList<>();
        SkyPainter.light(c, sky, sky.y + sky.height).ifPresent(light -> taken.add(new Point2D.Double(light.x(),
                light.y())));
        if (c.layout.sideTaken() && c.scene.setting() != Setting.ROOM) {
            // A building stands tall on its third, so the whole column above it counts as taken.
            for (double height : new double[] {0.1, 0.3, 0.5}) {
                taken.add(new Point2D.Double(c.layout.sideX(), sky.y + sky.height * height));
            }
        }
        // The biggest flyers choose first, and claim their wingspan.
        flyers.sort(Comparator.comparing(flyer -> flyer == Subject.BIRD ? 1 : 0));
        for (Subject flyer : flyers) {
            boolean big = flyer != Subject.BIRD;
            // Big flyers rise above their base; keep their tops inside the sky.
            Point2D slot = clearestSlot(sky, taken, big ? sky.y + scale * 0.2 : sky.y);
            double x = slot.getX();
            double y = slot.getY();
            taken.add(slot);
            if (big) {
                taken.add(new Point2D.Double(x - scale * 0.22, y));
                taken.add(new Point2D.Double(x + scale * 0.22, y));
                taken.add(new Point2D.Double(x, y - scale * 0.15));
            }
            double base = y + scale * 0.12;
            switch (flyer) {
                case BIRD -> Creatures.birds(c, random, x, y, scale * 0.055);
                case BALLOON -> Structures.balloon(c, x, base, scale * 0.28, 0.1);
                case DRAGON -> {
                    try (Sketch s = c.sketch(x, base, scale * 0.5, !left, 0.05)) {
                        Creatures.dragon(s, c.scene.mentions("red") ? rgb(186, 56, 46) : rgb(70, 142, 92));
                    }
                }
                case WHALE -> {
                    try (Sketch s = c.sketch(x, base, scale * 0.5, !left, 0.05)) {
                        Creatures.whale(s, false);
                    }
                }
                default -> throw new IllegalStateException("not a flying subject: " + flyer);
            }
        }
        c.g.setClip(clip);
    }

    /**
     * The place in the sky, no higher than {@code highestY}, farthest from the sun or moon, a
     * building's top and the other flyers.
     */
    private static Point2D clearestSlot(Rectangle sky, List<Point2D> taken, double highestY) {
        double[][] slots = {{0.25, 0.3}, {0.5, 0.22}, {0.75, 0.3}, {0.3, 0.14}, {0.7, 0.14}, {0.5, 0.42}};
        Point2D best = null;
        double bestDistance = -1;
        for (double[] slot : slots) {
            Point2D candidate = new Point2D.Double(sky.x + sky.width * slot[0],
                    Math.max(highestY, sky.y + sky.height * slot[1]));
            double nearest = Double.MAX_VALUE;
            for (Point2D point : taken) {
                double dx = (candidate.getX() - point.getX()) / sky.width;
                double dy = (candidate.getY() - point.getY()) / sky.height;
                nearest = Math.min(nearest, Math.hypot(dx, dy));
            }
            if (nearest > bestDistance) {
                best = candidate;
                bestDistance = nearest;
            }
        }
        return best;
    }

    private static void buildings(Canvas c, Stage stage, Random random) {
        List<Subject> buildings = c.scene.subjectsAt(Subject.Place.BACKGROUND);
        double u = c.unit;
        for (int i = 0; i < buildings.size(); i++) {
            double offset = i == 0 ? 0 : (i % 2 == 1 ? -1 : 1) * u * 0.34 * ((i + 1) / 2);
            int x = stage.nearestBack((int) Math.round(c.layout.sideX() + offset));
            if (x == Stage.NONE) {
                return;
            }
            int base = stage.back()[x];
            switch (buildings.get(i)) {
                case LIGHTHOUSE -> Structures.lighthouse(c, x, base, Math.min(u * 0.5, base * 0.9), 0.1);
                case HOUSE -> Structures.house(c, random, x, base, u * 0.26, 0.1);
                case CASTLE -> Structures.castle(c, x, base, Math.min(u * 0.42, base * 0.7), 0.12);
                default -> throw new IllegalStateException("not a building: " + buildings.get(i));
            }
        }
    }

    private static void afloat(Canvas c, Stage stage) {
        if (!stage.hasWater()) {
            return;
        }
        Stage.WaterSpot spot = stage.water();
        double u = c.unit;
        boolean boat = c.scene.has(Subject.BOAT);
        if (boat) {
            Structures.boat(c, spot.x(), spot.y(), u * 0.3 * spot.scale(), 0.08, c.layout.heroOnLeft());
        }
        if (c.scene.has(Subject.WHALE)) {
            double x = spot.x() + (boat ? (c.layout.heroOnLeft() ? -1 : 1) * u * 0.35 * spot.scale() : 0);
            try (Sketch s = c.sketch(x, spot.y() + u * 0.03 * spot.scale(), u * 0.55 * spot.scale(),
                    !c.layout.heroOnLeft(), 0.08)) {
                Creatures.whale(s, true);
            }
        }
    }

    private static void besideHero(Canvas c, Stage stage, Random random) {
        double towardEdge = c.layout.heroOnLeft() ? -1 : 1;
        if (c.scene.has(Subject.TREE) && c.scene.setting() != Setting.ROOM) {
            int x = stage.nearestFront((int) (c.layout.heroX() + towardEdge * c.unit * 0.28));
            if (x != Stage.NONE) {
                double base = stage.front()[x] - c.height * 0.015;
                Structures.tree(c, random, x, base, Math.min(c.unit * 0.8, base * 0.95), 0);
            }
        }
        if (c.scene.has(Subject.BOAT) && !stage.hasWater()) {
            int x = stage.nearestFront((int) (c.layout.heroX() + towardEdge * c.unit * 0.3));
            if (x != Stage.NONE) {
                Structures.boat(c, x, stage.front()[x] - c.height * 0.01, c.unit * 0.3, 0, c.layout.heroOnLeft());
            }
        }
    }

    private static void characters(Canvas c, Stage stage, Random random) {
        List<Subject> cast = c.scene.subjectsAt(Subject.Place.GROUND);
        boolean lanternHeld = c.scene.has(Subject.LANTERN) && cast.contains(Subject.CHILD);
        if (cast.isEmpty() && !c.scene.has(Subject.LANTERN)) {
            return;
        }
        double tallest = 0.65;
        for (Subject subject : cast) {
            tallest = Math.max(tallest, subject.size());
        }
        double childHeight = c.unit * (c.width < c.height ? 0.32 : 0.3) / tallest;
        List<Spot> spots = spots(c, cast, childHeight);
        if (c.scene.has(Subject.LANTERN) && !lanternHeld) {
            double towardEdge = c.layout.heroOnLeft() ? -1 : 1;
            double x = cast.isEmpty() ? c.layout.heroX()
                    : spots.getFirst().x() + towardEdge * (spots.getFirst().width() / 2 + c.unit * 0.05);
            int column = stage.nearestFront((int) x);
            if (column != Stage.NONE) {
                Structures.lantern(c, column, stage.front()[column], c.unit * 0.09, 0);
            }
        }
        // The hero is drawn last so it stays in front of its companions.
        for (int i = cast.size() - 1; i >= 0; i--) {
            Spot spot = spots.get(i);
            int column = stage.nearestFront((int) Math.round(spot.x()));
            if (column == Stage.NONE) {
                continue;
            }
            shadow(c, column, stage.front()[column], spot.width());
            try (Sketch s = c.character(column, stage.front()[column], spot.height(), c.layout.heroFacesLeft())) {
                draw(c, s, cast.get(i), random, lanternHeld);
            }
        }
    }

    /** Where a ground figure stands and how big it is, in pixels. */
    private record Spot(double x, double width, double height) {
    }

    /**
     * The hero on its third, then each companion beside the group toward the middle, or on the
     * hero's outer side once the middle side is out of room.
     */
    private static List<Spot> spots(Canvas c, List<Subject> cast, double childHeight) {
        double towardMiddle = c.layout.heroOnLeft() ? 1 : -1;
        double gap = c.unit * 0.02;
        List<Spot> spots = new ArrayList<>();
        double inner = c.layout.heroX();
        double outer = c.layout.heroX();
        for (Subject subject : cast) {
            double height = childHeight * subject.size();
            double width = height * aspect(subject);
            double x;
            if (spots.isEmpty()) {
                x = c.layout.heroX();
                inner = x + towardMiddle * width / 2;
                outer = x - towardMiddle * width / 2;
            }
            else {
                double innerX = inner + towardMiddle * (gap + width / 2);
                double outerX = outer - towardMiddle * (gap + width / 2);
                if (fits(c, innerX, width) || !fits(c, outerX, width)) {
                    x = innerX;
                    inner = x + towardMiddle * width / 2;
                }
                else {
                    x = outerX;
                    outer = x - towardMiddle * width / 2;
                }
            }
            spots.add(new Spot(Math.max(width / 2, Math.min(c.width - width / 2, x)), width, height));
        }
        return spots;
    }

    private static boolean fits(Canvas c, double x, double width) {
        return x - width / 2 >= 0 && x + width / 2 <= c.width;
    }

    /** How wide each ground figure is for its height. */
    static double aspect(Subject subject) {
        return switch (subject) {
            case FOX -> 1.8;
            case BEAR -> 1.55;
            case DOG -> 1.4;
            case RABBIT, CAT -> 0.8;
            case OWL, ROBOT -> 0.6;
            case CHILD -> 0.5;
            default -> 1.0;
        };
    }

    private static void shadow(Canvas c, double x, double y, double width) {
        c.fill(Sketch.ellipse(x, y, width * 1.1, width * 0.12 + c.unit * 0.01), Colors.alpha(rgb(20, 20, 30), 0.22));
    }

    private static void draw(Canvas c, Sketch s, Subject subject, Random random, boolean lanternHeld) {
        SceneDescription scene = c.scene;
        switch (subject) {
            case FOX -> Creatures.fox(s);
            case RABBIT -> Creatures.rabbit(s, scene.mentions("white"));
            case BEAR -> Creatures.bear(s, scene.mentions("polar") || scene.setting() == Setting.SNOWFIELD);
            case OWL -> Creatures.owl(s);
            case CAT -> Creatures.cat(s, catFur(scene, random));
            case DOG -> Creatures.dog(s);
            case ROBOT -> Creatures.robot(s);
            case CHILD -> Creatures.child(c, s, outfit(scene, random, lanternHeld));
            default -> throw new IllegalStateException("not a ground figure: " + subject);
        }
    }

    private static Color catFur(SceneDescription scene, Random random) {
        if (scene.mentions("black")) {
            return rgb(46, 44, 52);
        }
        if (scene.mentions("ginger", "orange")) {
            return rgb(222, 140, 70);
        }
        if (scene.mentions("white")) {
            return rgb(240, 238, 232);
        }
        return random.nextBoolean() ? rgb(124, 124, 134) : rgb(222, 140, 70);
    }

    private static Creatures.Outfit outfit(SceneDescription scene, Random random, boolean lantern) {
        boolean dress = scene.mentions("girl", "princess", "queen", "woman", "witch", "grandmother", "grandma",
                "mother") || !scene.mentions("boy", "prince", "king", "man", "knight", "grandfather", "grandpa",
                "father") && random.nextBoolean();
        Creatures.Headwear headwear = scene.mentions("wizard", "witch") ? Creatures.Headwear.POINTED_HAT
                : scene.mentions("princess", "prince", "king", "queen") ? Creatures.Headwear.CROWN
                : scene.mentions("astronaut") ? Creatures.Headwear.SPACE_HELMET : Creatures.Headwear.NONE;
        return new Creatures.Outfit(dress, CLOTHES[random.nextInt(CLOTHES.length)], rgb(70, 80, 120),
                HAIR[random.nextInt(HAIR.length)], SKIN[random.nextInt(SKIN.length)], headwear,
                scene.has(Subject.BALLOON), lantern);
    }
}
