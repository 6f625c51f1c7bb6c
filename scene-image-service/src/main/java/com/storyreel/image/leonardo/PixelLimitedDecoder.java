package com.storyreel.image.leonardo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a downloaded image only after reading its dimensions from the header: a few kilobytes of PNG
 * can declare 30000 x 30000 pixels, and decoding that would claim gigabytes of memory.
 */
final class PixelLimitedDecoder {

    private final long maxPixels;

    PixelLimitedDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /**
     * @throws ImageRefusedException if the file is no image we can read, or has more pixels than allowed
     * @throws IOException if the image data is corrupt
     */
    BufferedImage decode(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ImageRefusedException("is not an image format that can be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > maxPixels) {
                    throw new ImageRefusedException("declares " + width + " x " + height + " pixels, more than the "
                            + maxPixels + " allowed (storyreel.leonardo.max-pixels)");
                }
                return reader.read(0);
            }
            finally {
                reader.dispose();
            }
        }
    }

    /** An image refused before decoding, with the reason. */
    static final class ImageRefusedException extends IOException {

        ImageRefusedException(String reason) {
            super(reason);
        }
    }
}
