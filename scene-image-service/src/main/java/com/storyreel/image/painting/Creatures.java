package com.storyreel.image.painting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

import static com.storyreel.image.painting.Colors.rgb;
import static com.storyreel.image.painting.Sketch.circle;
import static com.storyreel.image.painting.Sketch.ellipse;
import static com.storyreel.image.painting.Sketch.polygon;
import static com.storyreel.image.painting.Sketch.rotated;

/**
 * Animals, people and a robot as simple, recognisable storybook figures. Ground figures are drawn
 * facing right from their feet with height 1 (the sketch mirrors them to face left); eyes that
 * glow are drawn as lights so they show at night.
 */
final class Creatures {

    private static final Color DARK = rgb(50, 36, 32);
    private static final Color CREAM = rgb(246, 238, 224);
    private static final Color PINK = rgb(232, 150, 150);

    private Creatures() {
    }

    /** A standing fox with a white-tipped brush. */
    static void fox(Sketch s) {
        fox(s, rgb(226, 114, 40));
    }

    static void fox(Sketch s, Color fur) {
        Color socks = rgb(70, 44, 34);
        s.part(socks, leg(-0.2, 0.1), leg(0.3, 0.095));
        Path2D.Double tail = new Path2D.Double();
        tail.moveTo(-0.34, -0.58);
        tail.curveTo(-0.6, -0.8, -0.95, -0.66, -1.0, -0.42);
        tail.curveTo(-0.88, -0.36, -0.66, -0.4, -0.5, -0.44);
        tail.curveTo(-0.42, -0.46, -0.38, -0.47, -0.34, -0.46);
        tail.closePath();
        s.part(tail, fur);
        s.clip(tail);
        s.part(ellipse(-0.96, -0.44, 0.2, 0.24), CREAM);
        s.unclip();
        s.part(socks, leg(-0.3, 0.105), leg(0.2, 0.1));
        s.part(fur, ellipse(-0.02, -0.47, 0.82, 0.38), polygon(0.16, -0.62, 0.34, -0.84, 0.48, -0.72, 0.34, -0.44),
                polygon(0.33, -0.86, 0.37, -1.0, 0.45, -0.88), polygon(0.43, -0.88, 0.5, -1.0, 0.54, -0.85),
                ellipse(0.44, -0.78, 0.28, 0.22), polygon(0.5, -0.84, 0.78, -0.75, 0.76, -0.71, 0.5, -0.7),
                ellipse(-0.3, -0.34, 0.16, 0.24), ellipse(0.21, -0.34, 0.15, 0.24));
        s.part(ellipse(0.28, -0.5, 0.16, 0.22), CREAM);
        s.part(polygon(0.42, -0.74, 0.76, -0.715, 0.56, -0.66, 0.4, -0.68), CREAM);
        s.part(circle(0.5, -0.8, 0.02), DARK);
        s.part(circle(0.775, -0.735, 0.022), DARK);
    }

    /** A leg from the ground up under the body, centred on {@code x}, tapering to a paw. */
    private static Path2D.Double leg(double x, double width) {
        double top = -0.46;
        Path2D.Double leg = new Path2D.Double();
        leg.moveTo(x - width / 2, top);
        leg.lineTo(x + width / 2, top);
        leg.lineTo(x + width * 0.4, -0.03);
        leg.quadTo(x + width * 0.6, 0, x + width * 0.2, 0);
        leg.lineTo(x - width * 0.4, 0);
        leg.closePath();
        return leg;
    }

    /** A sitting rabbit with tall ears. */
    static void rabbit(Sketch s, boolean white) {
        rabbit(s, white ? rgb(240, 238, 232) : rgb(170, 148, 128));
    }

    static void rabbit(Sketch s, Color fur) {
        s.part(circle(-0.33, -0.25, 0.07), CREAM);
        s.part(fur, ellipse(-0.02, -0.27, 0.62, 0.52), ellipse(-0.02, -0.03, 0.32, 0.07),
                rotated(ellipse(0.15, -0.84, 0.09, 0.36), -14, 0.15, -0.7),
                rotated(ellipse(0.25, -0.83, 0.09, 0.36), 8, 0.25, -0.7), ellipse(0.22, -0.58, 0.3, 0.26),
                ellipse(0.18, -0.05, 0.14, 0.08));
        s.tint(rotated(ellipse(0.25, -0.84, 0.04, 0.26), 8, 0.25, -0.7), PINK, 0.7);
        s.part(circle(0.28, -0.6, 0.022), DARK);
        s.part(circle(0.365, -0.56, 0.016), PINK);
    }

    /** A bear on all fours; white in the snow. */
    static void bear(Sketch s, boolean polar) {
        bear(s, polar ? rgb(238, 234, 224) : rgb(112, 76, 52), polar ? rgb(220, 214, 204) : rgb(176, 136, 100));
    }

    static void bear(Sketch s, Color fur, Color muzzle) {
        Color far = Colors.scale(fur, 0.8);
        s.part(far, leg(-0.44, 0.17), leg(0.26, 0.16));
        s.part(fur, ellipse(-0.12, -0.54, 1.2, 0.6), circle(0.08, -0.68, 0.21), leg(-0.58, 0.2), leg(0.42, 0.19),
                circle(0.5, -0.84, 0.06), circle(0.66, -0.85, 0.06), circle(0.6, -0.68, 0.18),
                polygon(0.2, -0.8, 0.5, -0.82, 0.5, -0.5, 0.2, -0.4));
        s.part(ellipse(0.77, -0.62, 0.18, 0.13), muzzle);
        s.part(circle(0.85, -0.645, 0.03), DARK);
        s.part(circle(0.65, -0.72, 0.02), DARK);
    }

    /** An owl perched on a tree stump, facing the viewer with big glowing eyes. */
    static void owl(Sketch s) {
        owl(s, rgb(146, 108, 72));
    }

    static void owl(Sketch s, Color feathers) {
        s.part(new Rectangle2D.Double(-0.2, -0.24, 0.4, 0.24), rgb(110, 78, 54));
        s.part(ellipse(0, -0.24, 0.4, 0.08), rgb(190, 154, 112));
        s.part(feathers, ellipse(0, -0.55, 0.5, 0.64), polygon(-0.21, -0.88, -0.17, -1.0, -0.07, -0.92),
                polygon(0.21, -0.88, 0.17, -1.0, 0.07, -0.92), ellipse(0, -0.8, 0.46, 0.32));
        s.part(ellipse(0, -0.48, 0.28, 0.38), rgb(214, 190, 150));
        s.part(ellipse(-0.22, -0.52, 0.16, 0.44), Colors.scale(feathers, 0.8));
        s.part(ellipse(0.22, -0.52, 0.16, 0.44), Colors.scale(feathers, 0.8));
        s.part(circle(-0.1, -0.8, 0.1), rgb(232, 212, 178));
        s.part(circle(0.1, -0.8, 0.1), rgb(232, 212, 178));
        s.light(circle(-0.1, -0.8, 0.065), rgb(250, 196, 60));
        s.light(circle(0.1, -0.8, 0.065), rgb(250, 196, 60));
        s.part(circle(-0.1, -0.8, 0.032), DARK);
        s.part(circle(0.1, -0.8, 0.032), DARK);
        s.part(polygon(-0.03, -0.74, 0.03, -0.74, 0, -0.66), rgb(222, 160, 60));
        s.part(ellipse(-0.06, -0.235, 0.08, 0.04), rgb(222, 160, 60));
        s.part(ellipse(0.06, -0.235, 0.08, 0.04), rgb(222, 160, 60));
    }

    /** A cat sitting with its tail curled round, eyes catching the light. */
    static void cat(Sketch s, Color fur) {
        s.line(new QuadCurve2D.Double(-0.2, -0.04, -0.5, 0.0, -0.52, -0.22), fur, 0.07);
        s.part(fur, ellipse(-0.03, -0.3, 0.5, 0.6), new RoundRectangle2D.Double(0.04, -0.34, 0.07, 0.34, 0.05, 0.05),
                new RoundRectangle2D.Double(0.14, -0.34, 0.07, 0.34, 0.05, 0.05),
                polygon(-0.04, -0.76, -0.01, -1.0, 0.09, -0.85), polygon(0.12, -0.85, 0.22, -1.0, 0.25, -0.76),
                circle(0.1, -0.72, 0.16));
        s.light(ellipse(0.05, -0.74, 0.05, 0.045), rgb(170, 220, 90));
        s.light(ellipse(0.16, -0.74, 0.05, 0.045), rgb(170, 220, 90));
        s.part(ellipse(0.05, -0.74, 0.015, 0.04), DARK);
        s.part(ellipse(0.16, -0.74, 0.015, 0.04), DARK);
        s.part(polygon(0.085, -0.68, 0.125, -0.68, 0.105, -0.655), PINK);
    }

    /** A dog standing with its tail up and a red collar. */
    static void dog(Sketch s) {
        dog(s, rgb(198, 148, 88), rgb(200, 50, 50));
    }

    static void dog(Sketch s, Color coat, Color collar) {
        Color ear = Colors.scale(coat, 0.65);
        s.line(new QuadCurve2D.Double(-0.42, -0.56, -0.58, -0.62, -0.6, -0.86), coat, 0.06);
        s.part(Colors.scale(coat, 0.8), leg(-0.26, 0.09), leg(0.3, 0.09));
        s.part(coat, leg(-0.38, 0.1), leg(0.16, 0.1), new RoundRectangle2D.Double(-0.46, -0.64, 0.88, 0.32, 0.26, 0.26),
                polygon(0.22, -0.6, 0.36, -0.82, 0.52, -0.72, 0.4, -0.48), circle(0.48, -0.8, 0.15),
                new RoundRectangle2D.Double(0.52, -0.81, 0.24, 0.11, 0.08, 0.08));
        s.line(new Line2D.Double(0.31, -0.72, 0.43, -0.58), collar, 0.04);
        s.part(circle(0.76, -0.775, 0.03), DARK);
        s.part(rotated(ellipse(0.4, -0.76, 0.1, 0.24), 12, 0.4, -0.86), ear);
        s.part(circle(0.53, -0.84, 0.02), DARK);
    }

    /** What a character wears on its head. */
    enum Headwear {
        NONE, POINTED_HAT, CROWN, SPACE_HELMET
    }

    /** How a child is dressed and what it carries. */
    record Outfit(boolean dress, Color clothes, Color trim, Color hair, Color skin, Headwear headwear, boolean balloon,
            boolean lantern) {
    }

    /** A child facing the viewer; a dress or a shirt, hair, maybe a hat or crown, maybe a balloon or lantern. */
    static void child(Canvas c, Sketch s, Outfit outfit) {
        if (outfit.dress()) {
            s.part(new RoundRectangle2D.Double(-0.16, -0.92, 0.32, 0.36, 0.16, 0.16), outfit.hair());
        }
        s.part(new RoundRectangle2D.Double(-0.09, -0.34, 0.07, 0.34, 0.04, 0.04), rgb(70, 70, 90));
        s.part(new RoundRectangle2D.Double(0.02, -0.34, 0.07, 0.34, 0.04, 0.04), rgb(70, 70, 90));
        s.part(ellipse(-0.065, -0.015, 0.12, 0.05), DARK);
        s.part(ellipse(0.065, -0.015, 0.12, 0.05), DARK);
        s.part(rotated(new RoundRectangle2D.Double(-0.165, -0.64, 0.055, 0.28, 0.05, 0.05), 14, -0.13, -0.62),
                outfit.clothes());
        s.part(rotated(new RoundRectangle2D.Double(0.11, -0.64, 0.055, 0.28, 0.05, 0.05), -14, 0.13, -0.62),
                outfit.clothes());
        s.part(circle(-0.2, -0.37, 0.035), outfit.skin());
        s.part(circle(0.2, -0.37, 0.035), outfit.skin());
        if (outfit.dress()) {
            Path2D.Double dress = new Path2D.Double();
            dress.moveTo(-0.11, -0.66);
            dress.lineTo(0.11, -0.66);
            dress.quadTo(0.16, -0.45, 0.21, -0.3);
            dress.quadTo(0, -0.26, -0.21, -0.3);
            dress.quadTo(-0.16, -0.45, -0.11, -0.66);
            dress.closePath();
            s.part(dress, outfit.clothes());
        }
        else {
            s.part(new RoundRectangle2D.Double(-0.125, -0.66, 0.25, 0.3, 0.08, 0.08), outfit.clothes());
            s.part(new Rectangle2D.Double(-0.11, -0.4, 0.22, 0.08), outfit.trim());
        }
        s.part(new Rectangle2D.Double(-0.03, -0.71, 0.06, 0.06), outfit.skin());
        s.part(circle(0, -0.82, 0.13), outfit.skin());
        Path2D.Double hair = new Path2D.Double();
        hair.moveTo(-0.135, -0.8);
        hair.curveTo(-0.15, -0.99, 0.15, -0.99, 0.135, -0.8);
        hair.quadTo(0.05, -0.9, -0.135, -0.8);
        hair.closePath();
        s.part(hair, outfit.hair());
        s.tint(circle(-0.045, -0.815, 0.017), DARK, 1);
        s.tint(circle(0.045, -0.815, 0.017), DARK, 1);
        s.tint(circle(-0.08, -0.77, 0.02), PINK, 0.5);
        s.tint(circle(0.08, -0.77, 0.02), PINK, 0.5);
        switch (outfit.headwear()) {
            case POINTED_HAT -> {
                s.part(ellipse(0, -0.925, 0.36, 0.06), rgb(70, 50, 130));
                s.part(polygon(-0.12, -0.93, 0.04, -1.25, 0.12, -0.93), rgb(70, 50, 130));
                s.light(circle(0.01, -1.05, 0.015), rgb(255, 230, 120));
            }
            case CROWN -> s.part(polygon(-0.1, -0.9, -0.1, -1.0, -0.05, -0.95, 0, -1.02, 0.05, -0.95, 0.1, -1.0,
                    0.1, -0.9), rgb(240, 196, 60));
            case SPACE_HELMET -> s.tint(circle(0, -0.82, 0.19), rgb(200, 230, 250), 0.35);
            case NONE -> {
                // Bare-headed.
            }
        }
        if (outfit.balloon()) {
            s.line(new QuadCurve2D.Double(0.2, -0.37, 0.34, -0.9, 0.3, -1.3), rgb(90, 90, 90), 0.008);
            s.part(ellipse(0.3, -1.44, 0.22, 0.28), rgb(220, 50, 50));
            s.tint(ellipse(0.26, -1.5, 0.05, 0.08), Color.WHITE, 0.5);
        }
        if (outfit.lantern()) {
            Structures.drawLantern(c, s, -0.2, -0.2, 0.14);
        }
    }

    /** A friendly boxy robot with glowing eyes and an antenna. */
    static void robot(Sketch s) {
        robot(s, rgb(170, 180, 194));
    }

    static void robot(Sketch s, Color steel) {
        Color joint = Colors.scale(steel, 0.6);
        s.part(new Rectangle2D.Double(-0.13, -0.3, 0.09, 0.3), joint);
        s.part(new Rectangle2D.Double(0.04, -0.3, 0.09, 0.3), joint);
        s.part(new RoundRectangle2D.Double(-0.17, -0.05, 0.15, 0.05, 0.03, 0.03), steel);
        s.part(new RoundRectangle2D.Double(0.02, -0.05, 0.15, 0.05, 0.03, 0.03), steel);
        s.part(new RoundRectangle2D.Double(-0.3, -0.66, 0.07, 0.3, 0.05, 0.05), joint);
        s.part(new RoundRectangle2D.Double(0.23, -0.66, 0.07, 0.3, 0.05, 0.05), joint);
        s.part(circle(-0.265, -0.34, 0.045), steel);
        s.part(circle(0.265, -0.34, 0.045), steel);
        s.part(new RoundRectangle2D.Double(-0.23, -0.7, 0.46, 0.42, 0.08, 0.08), steel);
        s.part(new RoundRectangle2D.Double(-0.12, -0.6, 0.24, 0.16, 0.04, 0.04), joint);
        s.light(circle(-0.06, -0.52, 0.025), rgb(120, 230, 140));
        s.light(circle(0.0, -0.52, 0.025), rgb(250, 200, 80));
        s.light(circle(0.06, -0.52, 0.025), rgb(240, 90, 80));
        s.part(new Rectangle2D.Double(-0.04, -0.75, 0.08, 0.06), joint);
        s.part(new RoundRectangle2D.Double(-0.17, -0.95, 0.34, 0.22, 0.08, 0.08), steel);
        s.glow(0, -0.84, 0.2, Colors.alpha(rgb(120, 220, 255), 0.35));
        s.light(circle(-0.07, -0.84, 0.035), rgb(140, 230, 255));
        s.light(circle(0.07, -0.84, 0.035), rgb(140, 230, 255));
        s.line(new Line2D.Double(0, -0.95, 0, -1.03), joint, 0.015);
        s.light(circle(0, -1.03, 0.025), rgb(240, 80, 70));
    }

    /** A loose V of gulls, each {@code size} pixels wide. */
    static void birds(Canvas c, Random random, double x, double y, double size) {
        int count = 3 + random.nextInt(3);
        Path2D.Double flock = new Path2D.Double();
        for (int i = 0; i < count; i++) {
            int rank = (i + 1) / 2;
            double side = i % 2 == 0 ? 1 : -1;
            double bx = x + side * rank * size * 1.6 + (random.nextDouble() - 0.5) * size * 0.6;
            double by = y + rank * size * 0.7 + (random.nextDouble() - 0.5) * size * 0.5;
            double s = size * (0.7 + 0.5 * random.nextDouble()) / 2;
            flock.moveTo(bx - s, by);
            flock.quadTo(bx - s * 0.5, by - s * 0.6, bx, by);
            flock.quadTo(bx + s * 0.5, by - s * 0.6, bx + s, by);
        }
        c.g.setStroke(new BasicStroke((float) Math.max(1.2, size * 0.12), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        c.g.setColor(c.palette.lit(rgb(54, 54, 66)));
        c.g.draw(flock);
    }

    /**
     * A whale one unit long, facing right. Swimming, it shows its back above the waterline (y 0)
     * and lifts its tail flukes behind; flying, the whole body shows. Either way it spouts.
     */
    static void whale(Sketch s, boolean swimming) {
        whale(s, swimming, rgb(70, 100, 140), rgb(196, 210, 222));
    }

    static void whale(Sketch s, boolean swimming, Color skin, Color belly) {
        Color spray = rgb(236, 244, 250);
        double lift = swimming ? 0.14 : 0;
        Path2D.Double body = new Path2D.Double();
        body.moveTo(0.5, -0.1 + lift);
        body.curveTo(0.48, -0.34 + lift, 0.2, -0.38 + lift, -0.05, -0.3 + lift);
        body.curveTo(-0.25, -0.24 + lift, -0.4, -0.16 + lift, -0.5, -0.12 + lift);
        body.lineTo(-0.5, -0.06 + lift);
        body.curveTo(-0.3, -0.02 + lift, 0.1, 0.05 + lift, 0.4, 0.03 + lift);
        body.curveTo(0.47, 0.01 + lift, 0.5, -0.04 + lift, 0.5, -0.1 + lift);
        body.closePath();
        if (swimming) {
            s.part(skin, polygon(-0.62, 0, -0.7, -0.3, -0.64, -0.3, -0.54, 0),
                    polygon(-0.67, -0.28, -0.86, -0.44, -0.72, -0.36, -0.66, -0.38, -0.6, -0.36, -0.48, -0.46));
            s.clip(new Rectangle2D.Double(-1, -1, 2, 1));
            s.part(body, skin);
            s.part(circle(0.36, -0.05, 0.018), DARK);
            s.unclip();
            s.tint(ellipse(0.0, 0.0, 1.1, 0.05), spray, 0.3);
            s.tint(ellipse(-0.6, 0.0, 0.22, 0.04), spray, 0.3);
        }
        else {
            s.part(polygon(-0.46, -0.1, -0.66, -0.3, -0.58, -0.1, -0.68, 0.06), skin);
            s.part(body, skin);
            s.clip(body);
            s.part(ellipse(0.15, 0.04, 0.8, 0.16), belly);
            s.unclip();
            s.part(polygon(0.12, 0.0, 0.02, 0.12, -0.02, 0.0), skin);
            s.part(circle(0.38, -0.1, 0.018), DARK);
        }
        double blowY = -0.36 + lift;
        s.line(new QuadCurve2D.Double(0.18, blowY, 0.12, blowY - 0.2, 0.02, blowY - 0.2), spray, 0.022);
        s.line(new QuadCurve2D.Double(0.2, blowY, 0.26, blowY - 0.2, 0.36, blowY - 0.2), spray, 0.022);
        for (double x : new double[] {-0.01, 0.05, 0.33, 0.39}) {
            s.tint(circle(x, blowY - 0.15 - (x % 0.1), 0.014), spray, 0.8);
        }
    }

    /** A flying dragon one unit long, facing right, with bat wings and a spade-tipped tail. */
    static void dragon(Sketch s, Color scales) {
        Color belly = rgb(232, 204, 120);
        Color far = Colors.scale(scales, 0.75);
        s.part(wing(0.1, 0.06), far);
        Path2D.Double tail = new Path2D.Double();
        tail.moveTo(-0.15, -0.04);
        tail.curveTo(-0.4, 0.0, -0.5, 0.16, -0.7, 0.08);
        tail.lineTo(-0.69, 0.11);
        tail.curveTo(-0.5, 0.2, -0.4, 0.08, -0.12, 0.05);
        tail.closePath();
        s.part(tail, scales);
        s.part(polygon(-0.68, 0.09, -0.8, 0.02, -0.76, 0.12, -0.8, 0.18), scales);
        s.part(ellipse(0.02, 0.0, 0.46, 0.16), scales);
        s.part(ellipse(0.04, 0.04, 0.36, 0.07), belly);
        s.part(polygon(0.14, -0.06, 0.36, -0.22, 0.4, -0.16, 0.22, 0.05), scales);
        s.part(polygon(0.34, -0.26, 0.3, -0.34, 0.38, -0.27), rgb(240, 230, 200));
        s.part(ellipse(0.42, -0.21, 0.16, 0.1), scales);
        s.part(polygon(0.46, -0.25, 0.6, -0.2, 0.58, -0.16, 0.46, -0.16), scales);
        s.light(circle(0.45, -0.23, 0.014), rgb(250, 220, 80));
        s.part(new RoundRectangle2D.Double(-0.02, 0.04, 0.04, 0.1, 0.03, 0.03), scales);
        s.part(new RoundRectangle2D.Double(0.12, 0.04, 0.04, 0.09, 0.03, 0.03), scales);
        s.part(wing(0, 0), scales);
    }

    private static Path2D.Double wing(double dx, double dy) {
        Path2D.Double wing = new Path2D.Double();
        wing.moveTo(0.06 + dx, -0.05 + dy);
        wing.lineTo(-0.06 + dx, -0.55 + dy);
        wing.quadTo(-0.1 + dx, -0.38 + dy, -0.2 + dx, -0.34 + dy);
        wing.quadTo(-0.22 + dx, -0.22 + dy, -0.32 + dx, -0.2 + dy);
        wing.quadTo(-0.26 + dx, -0.1 + dy, -0.3 + dx, -0.04 + dy);
        wing.quadTo(-0.15 + dx, -0.06 + dy, -0.08 + dx, 0.0 + dy);
        wing.closePath();
        return wing;
    }
}
