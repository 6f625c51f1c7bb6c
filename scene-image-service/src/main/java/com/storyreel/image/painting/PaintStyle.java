package com.storyreel.image.painting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a painting is rendered: the same scene as a storybook page, a watercolour, flat vector art or noir. */
enum PaintStyle {
    /** Rich colour, soft outlines, brush dabs and paper grain. */
    STORYBOOK,
    /** Lighter palette, softened edges and strong paper grain. */
    WATERCOLOR,
    /** Flat fills and stepped gradients, no texture. */
    FLAT,
    /** Near-monochrome with high contrast. */
    NOIR;

    static final List<String> NAMES = Arrays.stream(values()).map(PaintStyle::label).toList();

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Null or blank is the default (storybook); names are case-insensitive. */
    static PaintStyle named(String style) {
        if (style == null || style.isBlank()) {
            return STORYBOOK;
        }
        for (PaintStyle candidate : values()) {
            if (candidate.label().equalsIgnoreCase(style.strip())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Unknown painting style '" + style + "'; valid styles are " + NAMES);
    }

    boolean isFlat() {
        return this == FLAT;
    }
}
