package com.storyreel.video.kenburns;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import com.storyreel.runtime.media.Ffmpeg;

/** Single frames of a clip, pulled out with ffmpeg, and how far apart two of them are. */
final class ClipFrames {

    private ClipFrames() {
    }

    static BufferedImage frame(Ffmpeg ffmpeg, Path clip, int index, Path dir) {
        Path png = dir.resolve(clip.getFileName() + "-" + index + ".png");
        ffmpeg.run(List.of("-i", clip.toString(), "-vf", "select='eq(n," + index + ")'", "-frames:v", "1",
                png.toString()), Duration.ofMinutes(1));
        try {
            return ImageIO.read(png.toFile());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The mean absolute difference of the red, green and blue samples, 0 to 255. */
    static double difference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return (double) sum / (3L * a.getWidth() * a.getHeight());
    }
}
