package com.storyreel.events;

import java.util.Arrays;

/** The output shapes StoryReel renders, by the name used in requests and events. */
public enum AspectRatio {
    LANDSCAPE("16:9", 1920, 1080),
    PORTRAIT("9:16", 1080, 1920),
    SQUARE("1:1", 1080, 1080);

    private final String label;
    private final int width;
    private final int height;

    AspectRatio(String label, int width, int height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    /** The ratio for a label such as "9:16"; null means 16:9. */
    public static AspectRatio of(String label) {
        if (label == null) {
            return LANDSCAPE;
        }
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown aspect ratio '" + label + "'; use 16:9, 9:16 or 1:1"));
    }

    public String label() {
        return label;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
