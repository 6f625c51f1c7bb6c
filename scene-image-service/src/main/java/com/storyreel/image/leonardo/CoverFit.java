package com.storyreel.image.leonardo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Makes a picture exactly the frame's size: scaled to cover the frame, the overflow cropped evenly from
 * both sides, as the clip stage expects every scene's image to be.
 */
final class CoverFit {

    private CoverFit() {
    }

    static BufferedImage fit(BufferedImage source, int width, int height) {
        double scale = Math.max((double) width / source.getWidth(), (double) height / source.getHeight());
        int cropWidth = (int) Math.min(source.getWidth(), Math.round(width / scale));
        int cropHeight = (int) Math.min(source.getHeight(), Math.round(height / scale));
        BufferedImage region = source.getSubimage((source.getWidth() - cropWidth) / 2,
                (source.getHeight() - cropHeight) / 2, cropWidth, cropHeight);
        // One bicubic pass loses detail when shrinking by more than half: halve first, then finish exactly.
        while (region.getWidth() / 2 >= width && region.getHeight() / 2 >= height) {
            region = draw(region, region.getWidth() / 2, region.getHeight() / 2);
        }
        return draw(region, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        }
        finally {
            g.dispose();
        }
        return target;
    }
}
