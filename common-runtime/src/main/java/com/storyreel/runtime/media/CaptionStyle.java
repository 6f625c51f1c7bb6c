package com.storyreel.runtime.media;

/**
 * How burnt-in captions look on a frame of a given size, in that frame's pixels: bold white text with a dark
 * outline and a light shadow, bottom-centred.
 *
 * @param frameWidth output width, used as the ASS PlayResX
 * @param frameHeight output height, used as the ASS PlayResY
 * @param fontName font family
 * @param fontSize ASS font size (libass scales it to the font's line height)
 * @param outline outline thickness
 * @param shadow shadow offset
 * @param marginHorizontal left and right margin
 * @param marginBottom distance of the last line from the bottom edge
 */
public record CaptionStyle(int frameWidth, int frameHeight, String fontName, int fontSize, int outline, int shadow,
        int marginHorizontal, int marginBottom) {

    /**
     * Sized to the frame: a twentieth of the height where the width allows (54 at 1920x1080), otherwise a 27th of
     * the width (40 at 1080 wide, portrait or square), the largest size at which a typical 42-character line of
     * DejaVu Sans Bold (about 920 px at 40) still fits inside the 4 % side margins with a little room to spare.
     */
    public static CaptionStyle forFrame(int width, int height, String fontName) {
        int fontSize = Math.max(1, Math.min(height / 20, width / 27));
        return new CaptionStyle(width, height, fontName, fontSize, Math.max(1, Math.round(fontSize * 0.07f)),
                Math.max(1, Math.round(fontSize * 0.035f)), Math.round(width * 0.04f), Math.round(height * 0.08f));
    }
}
