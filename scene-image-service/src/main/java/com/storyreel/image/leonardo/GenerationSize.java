package com.storyreel.image.leonardo;

import com.storyreel.events.AspectRatio;

/** The image size asked of Leonardo: the frame's shape, as large as allowed, both sides multiples of 8. */
record GenerationSize(int width, int height) {

    static GenerationSize of(AspectRatio frame, int maxSide) {
        int longest = Math.max(frame.width(), frame.height());
        int limit = Math.min(maxSide, longest);
        // Integer arithmetic: 1920 x 1080 within 1024 must give exactly 1024 x 576.
        return new GenerationSize(multipleOf8(frame.width() * limit / longest), multipleOf8(frame.height() * limit / longest));
    }

    private static int multipleOf8(int side) {
        return side / 8 * 8;
    }
}
