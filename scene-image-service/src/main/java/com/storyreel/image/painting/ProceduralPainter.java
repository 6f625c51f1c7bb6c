package com.storyreel.image.painting;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import com.storyreel.events.StoryCharacter;

/**
 * The free, local image provider: paints an illustration of a scene from its image prompt with
 * Java2D alone. It reads the prompt's time of day, weather, setting, mood and subjects, then paints
 * sky, land, weather and figures in layers and finishes the surface in the chosen style. The story's
 * characters the scene shows are drawn on top, each with its own {@link Look} in its own slot
 * ({@link CastPainter}), the same in every scene. No text is ever drawn. Thread-safe: it holds no state.
 */
public final class ProceduralPainter {

    /** Large enough for 4K in either orientation, small enough to bound memory. */
    private static final int MAX_SIDE = 8192;

    public ProceduralPainter() {
    }

    /** Deterministic: the same prompt, style and size always give the same pixels. */
    public BufferedImage paint(String prompt, String style, int width, int height) {
        return paint(prompt, style, List.of(), width, height);
    }

    /**
     * Deterministic: the same prompt, cast, style and size always give the same pixels; each character the prompt
     * shows ({@link StoryCharacter#shownIn}) looks the same and stands in the same place whatever the prompt. A
     * character the prompt also names (its description is part of the prompt) is drawn once, as the character.
     *
     * @param cast the story's whole cast, protagonist first
     */
    public BufferedImage paint(String prompt, String style, List<StoryCharacter> cast, int width, int height) {
        PaintStyle paintStyle = PaintStyle.named(style);
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("Image size must be between 1 and " + MAX_SIDE + " pixels a side, got "
                    + width + "x" + height);
        }
        String text = prompt == null ? "" : prompt;
        List<CastPainter.Member> shown = CastPainter.shown(text, cast);
        return paint(read(text, shown), shown, paintStyle, seed(text, paintStyle), width, height);
    }

    /**
     * The scene is what the prompt says beside its characters' descriptions: a lighthouse keeper does not put every
     * scene by the sea, and a whale the prompt names is drawn once, as the character.
     */
    static SceneDescription read(String prompt, List<CastPainter.Member> shown) {
        String scene = prompt;
        for (CastPainter.Member member : shown) {
            String description = member.character().description();
            if (description != null && !description.isBlank()) {
                scene = scene.replace(description, " ");
            }
        }
        return SceneReading.read(scene).without(shown.stream().map(member -> member.look().figure()).toList());
    }

    /** Paints a scene already read, with the given seed for every random choice. */
    BufferedImage paint(SceneDescription scene, PaintStyle paintStyle, long seed, int width, int height) {
        return paint(scene, List.of(), paintStyle, seed, width, height);
    }

    /** Paints a scene already read and the characters it shows, with the given seed for every random choice. */
    BufferedImage paint(SceneDescription scene, List<CastPainter.Member> cast, PaintStyle paintStyle, long seed, int width,
            int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            boolean sideTaken = scene.setting() != Setting.ROOM
                    && !scene.subjectsAt(Subject.Place.BACKGROUND).isEmpty();
            Composition layout = Composition.of(width, height, new Random(seed), sideTaken);
            Canvas canvas = new Canvas(g, layout, scene, Palette.of(scene, paintStyle), paintStyle, seed);
            Stage stage = SettingPainter.paint(canvas);
            WeatherPainter.fog(canvas, stage);
            SubjectPainter.paint(canvas, stage);
            CastPainter.paint(canvas, stage, cast);
            WeatherPainter.precipitation(canvas, stage);
            SurfaceFinish.apply(image, canvas, seed);
        }
        finally {
            g.dispose();
        }
        return image;
    }

    public byte[] paintPng(String prompt, String style, List<StoryCharacter> characters, int width, int height) {
        BufferedImage image = paint(prompt, style, characters, width, height);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not encode the painting as PNG", ex);
        }
        return png.toByteArray();
    }

    /**
     * The style names it accepts (null or blank = the default style). Unknown style ->
     * IllegalArgumentException naming the valid ones.
     */
    public static List<String> styles() {
        return PaintStyle.NAMES;
    }

    /** FNV-1a over the prompt and style, so a seed never depends on the JVM's hashing. */
    static long seed(String prompt, PaintStyle style) {
        long hash = 0xCBF29CE484222325L;
        for (byte b : (prompt + '\u0000' + style.label()).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001B3L;
        }
        return hash;
    }
}
