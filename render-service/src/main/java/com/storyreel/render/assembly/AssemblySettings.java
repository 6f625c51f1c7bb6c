package com.storyreel.render.assembly;

/**
 * How the final render joins, encodes and normalises the story.
 *
 * @param crossfadeSeconds length of the fade between consecutive scenes; 0 gives hard cuts
 * @param fps constant output frame rate
 * @param targetLufs integrated loudness the soundtrack is normalised to
 * @param preset libx264 preset
 * @param crf libx264 constant rate factor, when the picture is encoded (crossfades, or scenes encoded differently)
 */
public record AssemblySettings(double crossfadeSeconds, int fps, double targetLufs, String preset, int crf) {

    public AssemblySettings {
        if (!(crossfadeSeconds >= 0)) {
            throw new IllegalArgumentException("crossfadeSeconds must be 0 or more, was " + crossfadeSeconds);
        }
        if (fps <= 0) {
            throw new IllegalArgumentException("fps must be positive, was " + fps);
        }
        if (!(targetLufs < 0 && targetLufs >= -70)) {
            throw new IllegalArgumentException("targetLufs must be between -70 and 0, was " + targetLufs);
        }
        if (preset == null || preset.isBlank()) {
            throw new IllegalArgumentException("preset is required");
        }
        if (crf < 0 || crf > 51) {
            throw new IllegalArgumentException("crf must be between 0 and 51, was " + crf);
        }
    }

    /** Short crossfades, 30 fps, -14 LUFS, veryfast/CRF 20. */
    public static AssemblySettings defaults() {
        return new AssemblySettings(0.4, 30, -14.0, "veryfast", 20);
    }
}
