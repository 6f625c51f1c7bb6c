package com.storyreel.audio.speech;

import java.text.Normalizer;

/**
 * Makes story text safe to speak and to caption: invisible and pictographic characters go, letters of any script,
 * digits, quotes, apostrophes, dashes and other punctuation stay.
 */
public final class NarrationText {

    private NarrationText() {
    }

    /**
     * The text with control and format characters, emoji and other symbols removed and whitespace collapsed.
     *
     * @throws IllegalArgumentException if no letter or digit is left to speak
     */
    public static String clean(String text) {
        if (text == null) {
            throw new IllegalArgumentException("There is no narration text");
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (Character.getType(c)) {
                // Line breaks and tabs separate words; dropping them would glue words together.
                case Character.CONTROL, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                        Character.PARAGRAPH_SEPARATOR -> cleaned.append(' ');
                case Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
                        Character.OTHER_SYMBOL -> {
                }
                // Accents typed on their own (´ `) usually stand in for an apostrophe: don´t.
                case Character.MODIFIER_SYMBOL -> {
                    if (c == '´' || c == '`') {
                        cleaned.append('\'');
                    }
                }
                default -> cleaned.appendCodePoint(c);
            }
        });
        String result = cleaned.toString().replaceAll(" {2,}", " ").strip();
        if (result.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("The narration text has nothing to speak: \"" + text.strip() + "\"");
        }
        return result;
    }

    /**
     * Cleaned text in plain ASCII, for engines that only read English in ASCII (flite drops or misreads anything
     * else): typographic quotes and dashes become their ASCII forms, accents are removed, other characters dropped.
     */
    static String ascii(String text) {
        String plain = text
                .replaceAll("[‘’‚‛′]", "'")
                .replaceAll("[“”„‟″«»]", "\"")
                .replaceAll("\\s*[—–―]\\s*", " -- ")
                .replace("…", "...");
        plain = Normalizer.normalize(plain, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^\\x20-\\x7E]+", " ").replaceAll(" {2,}", " ").strip();
    }
}
