package com.storyreel.image.painting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Arrays;
import java.util.Random;

import static com.storyreel.image.painting.Colors.rgb;

/**
 * A room: papered wall, plank floor in perspective, a curtained window that shows the scene's sky,
 * and furniture that fits the words (a bed for a bedroom, shelves of books for a library, a table
 * for a kitchen). By night the room is lamp-lit and warm rather than dark.
 */
final class InteriorPainter {

    private static final Color WALL = rgb(228, 208, 172);
    private static final Color FLOOR = rgb(166, 114, 72);
    private static final Color FRAME = rgb(242, 236, 224);
    private static final Color CURTAIN = rgb(176, 72, 70);
    private static final Color WOOD = rgb(130, 88, 58);
    private static final Color LINEN = rgb(246, 242, 232);
    private static final Color BLANKET = rgb(196, 92, 80);
    private static final Color RUG = rgb(160, 64, 60);
    private static final Color LAMP_LIGHT = rgb(255, 210, 130);
    private static final Color[] BOOKS = {rgb(150, 50, 46), rgb(46, 82, 130), rgb(60, 110, 70), rgb(200, 160, 70),
        rgb(110, 70, 120), rgb(200, 120, 60)};

    private InteriorPainter() {
    }

    static Stage paint(Canvas c) {
        Random random = c.random("room");
        int w = c.width;
        int h = c.height;
        double u = c.unit;
        double floorY = h * (w < h ? 0.72 : 0.7);
        boolean lampLit = c.scene.time().isDark() || c.scene.weather().isWet();

        Color wall = indoor(c, WALL);
        c.fill(new Rectangle2D.Double(0, 0, w, floorY), c.vertical(0, floorY, Colors.scale(wall, 0.85), wall));
        wallpaper(c, floorY, wall);

        double windowW = Math.min(u * 0.44, w * 0.42);
        double windowH = Math.min(windowW * 1.2, floorY * 0.68);
        double windowX = Math.max(w * 0.04, Math.min(w * 0.96 - windowW, c.layout.sideX() - windowW / 2));
        double windowY = floorY * 0.14;
        Rectangle window = new Rectangle((int) windowX, (int) windowY, (int) windowW, (int) windowH);
        view(c, random, window);
        if (!lampLit) {
            c.glow(window.getCenterX(), window.getCenterY(), windowW * 1.3, Colors.alpha(c.palette.light, 0.22));
        }

        Color floor = indoor(c, FLOOR);
        c.fill(new Rectangle2D.Double(0, floorY, w, h - floorY),
                c.vertical(floorY, h, Colors.scale(floor, 0.8), floor));
        planks(c, floorY, floor);
        c.fill(new Rectangle2D.Double(0, floorY - u * 0.025, w, u * 0.025), indoor(c, Colors.scale(WOOD, 1.1)));
        sunPatch(c, window, floorY, lampLit);

        frame(c, window);
        curtains(c, window);
        furniture(c, random, window, floorY, lampLit);
        rug(c);
        if (lampLit) {
            c.glow(w / 2.0, floorY * 0.8, u * 0.9, Colors.alpha(c.palette.emitted(LAMP_LIGHT), 0.18));
        }
        int[] feet = new int[w];
        Arrays.fill(feet, c.layout.groundY());
        int[] back = new int[w];
        Arrays.fill(back, Stage.NONE);
        return new Stage(feet, back, null, window);
    }

    /** A colour inside the room: daylight from the window by day, warm lamplight by night. */
    private static Color indoor(Canvas c, Color base) {
        if (c.scene.time().isDark()) {
            return c.palette.emitted(Colors.multiply(base, 0.7, 0.56, 0.44));
        }
        Color daylight = c.palette.lit(base);
        return c.scene.weather().isWet() ? Colors.mix(daylight, c.palette.emitted(Colors.multiply(base, 0.8, 0.66,
                0.52)), 0.5) : daylight;
    }

    private static void wallpaper(Canvas c, double floorY, Color wall) {
        if (c.style.isFlat()) {
            return;
        }
        Path2D.Double motifs = new Path2D.Double();
        double step = c.unit * 0.07;
        for (double y = step / 2; y < floorY - step / 2; y += step) {
            double shift = ((int) (y / step) % 2) * step / 2;
            for (double x = shift; x < c.width; x += step) {
                double s = step * 0.1;
                motifs.append(Sketch.polygon(x, y - s, x + s * 0.7, y, x, y + s, x - s * 0.7, y), false);
            }
        }
        c.fill(motifs, Colors.alpha(Colors.scale(wall, 0.72), 0.35));
    }

    /** The sky and a bit of countryside outside the window. */
    private static void view(Canvas c, Random random, Rectangle window) {
        int horizon = (int) (window.y + window.height * 0.74);
        SkyPainter.paint(c, window, horizon);
        Shape clip = c.g.getClip();
        c.g.clip(window);
        Palette p = c.palette;
        int[] far = Terrain.rolling(random, c.width, horizon, window.height * 0.08, 3);
        Terrain.fill(c, far, window.y + window.height, p.distant(p.lit(Terrain.HILL), 0.45),
                p.distant(p.lit(Terrain.HILL), 0.35));
        int[] near = Terrain.rolling(random, c.width, horizon + window.height * 0.12, window.height * 0.06, 2);
        Terrain.fill(c, near, window.y + window.height, p.distant(p.lit(Terrain.grass(c)), 0.2),
                p.lit(Terrain.grassDeep(c)));
        c.g.setClip(clip);
    }

    private static void frame(Canvas c, Rectangle window) {
        double bar = c.unit * 0.018;
        Color wood = indoor(c, FRAME);
        Path2D.Double frame = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        frame.append(new Rectangle2D.Double(window.x - bar, window.y - bar, window.width + bar * 2,
                window.height + bar * 2), false);
        frame.append(window, false);
        c.fill(frame, wood);
        c.fill(new Rectangle2D.Double(window.getCenterX() - bar / 3, window.y, bar * 2 / 3, window.height), wood);
        c.fill(new Rectangle2D.Double(window.x, window.y + window.height * 0.45 - bar / 3, window.width, bar * 2 / 3),
                wood);
        c.fill(new Rectangle2D.Double(window.x - bar * 2.2, window.y + window.height + bar * 0.6,
                window.width + bar * 4.4, bar * 1.3), Colors.scale(wood, 0.88));
    }

    private static void curtains(Canvas c, Rectangle window) {
        Color cloth = indoor(c, c.scene.mood() == Mood.MAGICAL ? rgb(110, 80, 160) : CURTAIN);
        double drop = window.height * 1.15;
        double top = window.y - c.unit * 0.05;
        double width = window.width * 0.3;
        for (int side = 0; side < 2; side++) {
            double outer = side == 0 ? window.x - width * 0.55 : window.x + window.width + width * 0.55;
            double inner = side == 0 ? window.x + width * 0.45 : window.x + window.width - width * 0.45;
            double tie = top + drop * 0.62;
            double waist = side == 0 ? window.x - width * 0.05 : window.x + window.width + width * 0.05;
            Path2D.Double curtain = new Path2D.Double();
            curtain.moveTo(outer, top);
            curtain.lineTo(inner, top);
            curtain.quadTo(inner, tie - drop * 0.25, waist, tie);
            curtain.quadTo(inner - (inner - outer) * 0.3, tie + drop * 0.2, inner - (inner - outer) * 0.2, top + drop);
            curtain.lineTo(outer, top + drop);
            curtain.closePath();
            c.fill(curtain, c.vertical(top, top + drop, cloth, Colors.scale(cloth, 0.8)));
            c.g.setStroke(new BasicStroke((float) Math.max(1, c.unit * 0.003)));
            c.g.setColor(Colors.alpha(Colors.scale(cloth, 0.6), 0.6));
            for (int fold = 1; fold <= 2; fold++) {
                double x = outer + (inner - outer) * fold / 3.0;
                c.g.draw(new Line2D.Double(x, top, x + (waist - x) * 0.5, top + drop));
            }
        }
        c.fill(new RoundRectangle2D.Double(window.x - width * 0.75, top - c.unit * 0.012, window.width + width * 1.5,
                c.unit * 0.016, c.unit * 0.016, c.unit * 0.016), indoor(c, WOOD));
    }

    /** Planks running toward a vanishing point above the middle of the room. */
    private static void planks(Canvas c, double floorY, Color floor) {
        double vanishX = c.width / 2.0;
        double vanishY = floorY - c.height * 0.6;
        double spacing = c.unit * 0.12;
        Path2D.Double seams = new Path2D.Double();
        for (double x = vanishX - c.width * 3; x < vanishX + c.width * 3; x += spacing) {
            double t = (floorY - vanishY) / (c.height - vanishY);
            seams.moveTo(vanishX + (x - vanishX) * t, floorY);
            seams.lineTo(x, c.height);
        }
        c.g.setStroke(new BasicStroke((float) Math.max(1, c.unit * 0.0025)));
        c.g.setColor(Colors.alpha(Colors.scale(floor, 0.6), 0.7));
        c.g.draw(seams);
    }

    private static void sunPatch(Canvas c, Rectangle window, double floorY, boolean lampLit) {
        if (lampLit && !c.scene.has(Subject.MOON)) {
            return;
        }
        double shift = (c.layout.heroOnLeft() ? -1 : 1) * window.width * 0.4;
        double top = floorY + c.height * 0.02;
        double bottom = floorY + c.height * 0.18;
        Path2D.Double patch = Sketch.polygon(window.x, top, window.x + window.width, top,
                window.x + window.width * 1.2 + shift, bottom, window.x - window.width * 0.2 + shift, bottom);
        c.fill(patch, Colors.alpha(c.palette.light, lampLit ? 0.1 : 0.2));
    }

    private static void furniture(Canvas c, Random random, Rectangle window, double floorY, boolean lampLit) {
        SceneDescription scene = c.scene;
        if (scene.mentions("bedroom", "bed", "nursery", "bedtime", "sleep", "sleeping", "asleep")) {
            bed(c, window.getCenterX(), floorY + c.height * 0.07);
        }
        else if (scene.mentions("kitchen", "cooking", "baking", "table", "breakfast", "dinner")) {
            table(c, window.getCenterX(), floorY + c.height * 0.06, lampLit);
        }
        double shelfWidth = c.unit * 0.36;
        double shelfX = c.layout.heroOnLeft() ? c.width * 0.02 : c.width * 0.98 - shelfWidth;
        boolean library = scene.mentions("library", "book", "books", "bookshelf", "study", "reading");
        bookcase(c, random, shelfX, floorY + c.height * 0.02, library ? floorY * 0.85 : floorY * 0.5);
        if (lampLit) {
            // A standard lamp beside the window, on whichever side has room clear of the bookcase.
            double gap = c.unit * 0.12;
            for (double lampX : new double[] {window.x - gap, window.x + window.width + gap}) {
                boolean clearOfShelf = lampX < shelfX - gap * 0.5 || lampX > shelfX + shelfWidth + gap * 0.5;
                if (clearOfShelf && lampX > gap * 0.5 && lampX < c.width - gap * 0.5) {
                    lamp(c, lampX, floorY + c.height * 0.03);
                    break;
                }
            }
        }
    }

    private static void bed(Canvas c, double x, double base) {
        double u = c.unit;
        double length = u * 0.62;
        double headAtLeft = c.layout.heroOnLeft() ? 1 : -1;
        double left = x - length / 2;
        double headX = headAtLeft > 0 ? x + length / 2 : left;
        c.fill(new RoundRectangle2D.Double(headX - u * 0.02, base - u * 0.3, u * 0.04, u * 0.3, u * 0.03, u * 0.03),
                indoor(c, WOOD));
        c.fill(new Rectangle2D.Double(left, base - u * 0.16, length, u * 0.12), indoor(c, WOOD));
        c.fill(new RoundRectangle2D.Double(left, base - u * 0.2, length, u * 0.06, u * 0.03, u * 0.03),
                indoor(c, LINEN));
        double pillowX = headX - headAtLeft * u * 0.08;
        c.fill(Sketch.ellipse(pillowX, base - u * 0.215, u * 0.13, u * 0.06), indoor(c, LINEN));
        Path2D.Double blanket = new Path2D.Double();
        double footX = headAtLeft > 0 ? left - u * 0.01 : left + length + u * 0.01;
        double blanketEnd = pillowX - headAtLeft * u * 0.06;
        blanket.moveTo(footX, base - u * 0.09);
        blanket.quadTo(footX, base - u * 0.21, footX + headAtLeft * u * 0.05, base - u * 0.215);
        blanket.quadTo((footX + blanketEnd) / 2, base - u * 0.26, blanketEnd, base - u * 0.22);
        blanket.lineTo(blanketEnd, base - u * 0.11);
        blanket.closePath();
        Color cover = indoor(c, BLANKET);
        c.fill(blanket, cover);
        Shape clip = c.g.getClip();
        c.g.clip(blanket);
        double square = u * 0.045;
        Path2D.Double patches = new Path2D.Double();
        for (double y = base - u * 0.27; y < base; y += square) {
            for (double px = left - square; px < left + length + square; px += square) {
                if (((int) Math.round((px - left) / square) + (int) Math.round((y - base) / square)) % 2 == 0) {
                    patches.append(new Rectangle2D.Double(px, y, square, square), false);
                }
            }
        }
        c.fill(patches, Colors.alpha(Colors.mix(cover, LINEN, 0.45), 0.55));
        c.g.setClip(clip);
        c.g.setStroke(new BasicStroke((float) Math.max(1, u * 0.003)));
        c.g.setColor(Colors.alpha(Colors.scale(cover, 0.6), 0.7));
        c.g.draw(blanket);
        c.fill(new Rectangle2D.Double(left + u * 0.01, base - u * 0.04, u * 0.025, u * 0.04), indoor(c, WOOD));
        c.fill(new Rectangle2D.Double(left + length - u * 0.035, base - u * 0.04, u * 0.025, u * 0.04),
                indoor(c, WOOD));
    }

    private static void table(Canvas c, double x, double base, boolean lampLit) {
        double u = c.unit;
        Color wood = indoor(c, WOOD);
        double top = base - u * 0.17;
        c.fill(new Rectangle2D.Double(x - u * 0.22, top, u * 0.44, u * 0.025), wood);
        c.fill(new Rectangle2D.Double(x - u * 0.2, top, u * 0.025, u * 0.17), Colors.scale(wood, 0.85));
        c.fill(new Rectangle2D.Double(x + u * 0.175, top, u * 0.025, u * 0.17), Colors.scale(wood, 0.85));
        Color pot = indoor(c, rgb(220, 120, 80));
        c.fill(Sketch.ellipse(x - u * 0.06, top - u * 0.035, u * 0.08, u * 0.07), pot);
        c.fill(new Rectangle2D.Double(x - u * 0.09, top - u * 0.07, u * 0.06, u * 0.01), Colors.scale(pot, 0.8));
        c.fill(Sketch.ellipse(x + u * 0.09, top - u * 0.012, u * 0.12, u * 0.025), indoor(c, LINEN));
        if (lampLit) {
            c.glow(x - u * 0.06, top - u * 0.03, u * 0.12, Colors.alpha(c.palette.emitted(LAMP_LIGHT), 0.3));
        }
    }

    private static void bookcase(Canvas c, Random random, double x, double base, double height) {
        double u = c.unit;
        double width = u * 0.36;
        Color wood = indoor(c, WOOD);
        c.fill(new Rectangle2D.Double(x, base - height, width, height), Colors.scale(wood, 0.7));
        int shelves = Math.max(2, (int) (height / (u * 0.13)));
        double gap = height / shelves;
        for (int shelf = 0; shelf < shelves; shelf++) {
            double shelfY = base - shelf * gap;
            double bx = x + u * 0.02;
            while (bx < x + width - u * 0.035) {
                double bw = u * (0.014 + 0.012 * random.nextDouble());
                double bh = gap * (0.6 + 0.3 * random.nextDouble());
                c.fill(new Rectangle2D.Double(bx, shelfY - u * 0.012 - bh, bw, bh),
                        indoor(c, BOOKS[random.nextInt(BOOKS.length)]));
                bx += bw + u * 0.002;
            }
            c.fill(new Rectangle2D.Double(x, shelfY - u * 0.012, width, u * 0.014), wood);
        }
        c.fill(new Rectangle2D.Double(x, base - height, u * 0.016, height), wood);
        c.fill(new Rectangle2D.Double(x + width - u * 0.016, base - height, u * 0.016, height), wood);
        c.fill(new Rectangle2D.Double(x - u * 0.01, base - height - u * 0.016, width + u * 0.02, u * 0.02), wood);
    }

    private static void lamp(Canvas c, double x, double base) {
        double u = c.unit;
        c.glow(x, base - u * 0.36, u * 0.45, Colors.alpha(c.palette.emitted(LAMP_LIGHT), 0.45));
        c.fill(new Rectangle2D.Double(x - u * 0.008, base - u * 0.34, u * 0.016, u * 0.34), indoor(c, WOOD));
        c.fill(Sketch.ellipse(x, base, u * 0.1, u * 0.02), indoor(c, WOOD));
        c.fill(Sketch.polygon(x - u * 0.05, base - u * 0.32, x + u * 0.05, base - u * 0.32, x + u * 0.035,
                base - u * 0.42, x - u * 0.035, base - u * 0.42), c.palette.emitted(rgb(250, 220, 160)));
    }

    private static void rug(Canvas c) {
        double x = c.layout.heroX() + (c.layout.heroOnLeft() ? 1 : -1) * c.unit * 0.12;
        double y = c.layout.groundY() + c.height * 0.005;
        double width = c.unit * 0.75;
        Color rug = indoor(c, c.scene.mood() == Mood.MAGICAL ? rgb(90, 70, 150) : RUG);
        c.fill(Sketch.ellipse(x, y, width, width * 0.16), rug);
        c.g.setStroke(new BasicStroke((float) Math.max(1, c.unit * 0.005)));
        c.g.setColor(Colors.mix(rug, rgb(240, 210, 150), 0.5));
        c.g.draw(Sketch.ellipse(x, y, width * 0.82, width * 0.12));
    }
}
