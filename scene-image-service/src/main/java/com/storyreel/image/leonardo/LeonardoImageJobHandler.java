package com.storyreel.image.leonardo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.StoryEvent;
import com.storyreel.events.VendorCost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.media.Scratch;
import com.storyreel.runtime.vendor.DownloadRule;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.vendor.VendorException;
import com.storyreel.runtime.work.JobProgress;
import com.storyreel.runtime.work.VendorJob;
import com.storyreel.runtime.work.VendorJobHandler;

/**
 * Follows Leonardo generations of scene pictures: polls them, reads Leonardo's webhook, and stores the
 * finished image as a PNG of exactly the story's frame size.
 */
public class LeonardoImageJobHandler implements VendorJobHandler {

    private static final Logger log = LoggerFactory.getLogger(LeonardoImageJobHandler.class);
    private static final String COMPLETE = "COMPLETE";
    private static final String FAILED = "FAILED";
    private static final String WEBHOOK_TYPE = "image_generation.complete";

    private final LeonardoProperties props;
    private final LeonardoClient client;
    private final VendorDownloads downloads;
    private final AssetStore assets;
    private final JsonMapper json;
    private final DownloadRule downloadRule;
    private final PixelLimitedDecoder decoder;

    public LeonardoImageJobHandler(LeonardoProperties props, LeonardoClient client, VendorDownloads downloads,
            AssetStore assets, JsonMapper json) {
        this.props = props;
        this.client = client;
        this.downloads = downloads;
        this.assets = assets;
        this.json = json;
        this.downloadRule = new DownloadRule(LeonardoClient.VENDOR, props.downloadHosts(), props.downloadTypes(),
                props.maxDownloadSize(), props.downloadDeadline());
        this.decoder = new PixelLimitedDecoder(props.maxPixels());
    }

    @Override
    public String kind() {
        return "leonardo-image";
    }

    @Override
    public String vendor() {
        return LeonardoClient.VENDOR;
    }

    @Override
    public JobProgress poll(VendorJob job) {
        LeonardoClient.Generation generation = client.generation(job.vendorJobId());
        String status = generation.status();
        if (COMPLETE.equals(status)) {
            if (generation.images().isEmpty() && generation.flagged() > 0) {
                return new JobProgress.Failed("Leonardo flagged the picture as not safe for work (nsfw), so it was not"
                        + " used. Change the scene's picture prompt (PATCH /api/stories/{id}/scenes/{index}) to make it"
                        + " again.", null);
            }
            if (generation.images().isEmpty()) {
                return new JobProgress.Failed("Leonardo reported generation " + job.vendorJobId()
                        + " COMPLETE without any image", null);
            }
            return new JobProgress.Finished(status, generation.images(), null);
        }
        if (FAILED.equals(status)) {
            return failed();
        }
        return new JobProgress.Pending(status);
    }

    /**
     * Reads Leonardo's webhook leniently: the envelope's {@code type} may be missing, images may be under
     * {@code images} or {@code generated_images}, and images without a status mean complete. Anything
     * else is left to the next poll.
     */
    @Override
    public JobProgress read(VendorJob job, String callbackJson) {
        JsonNode envelope;
        try {
            envelope = json.readTree(callbackJson);
        }
        catch (JacksonException ex) {
            log.warn("Leonardo's callback for {} is not JSON; polling instead", job.vendorJobId());
            return new JobProgress.Pending(job.vendorStatus());
        }
        String type = LeonardoClient.text(envelope.path("type"));
        JsonNode body = envelope.path("data").path("object");
        if ((type != null && !type.equals(WEBHOOK_TYPE)) || !body.isObject()) {
            return new JobProgress.Pending(job.vendorStatus());
        }
        LeonardoClient.Generation generation = LeonardoClient.Generation.from(body);
        if (generation.id() != null && !generation.id().equals(job.vendorJobId())) {
            log.warn("Leonardo's callback for {} describes generation {}; polling instead", job.vendorJobId(),
                    generation.id());
            return new JobProgress.Pending(job.vendorStatus());
        }
        String status = generation.status() != null ? generation.status()
                : generation.images().isEmpty() ? null : COMPLETE;
        if (COMPLETE.equals(status) && !generation.images().isEmpty()) {
            // The poller adds this to the submission's cost, which is the same charge when Leonardo gave it then.
            VendorCost cost = job.cost() == null ? credits(body.path("apiCreditCost")) : null;
            return new JobProgress.Finished(status, generation.images(), cost);
        }
        if (FAILED.equals(status)) {
            return failed();
        }
        return new JobProgress.Pending(job.vendorStatus());
    }

    @Override
    public StoryEvent complete(VendorJob job, JobProgress.Finished finished, VendorCost cost) {
        SceneWritten story = json.readValue(job.input(), SceneWritten.class);
        AspectRatio frame = AspectRatio.of(story.aspectRatio());
        byte[] png;
        try (Scratch scratch = Scratch.create("leonardo")) {
            Path download = scratch.file("image");
            String type = downloads.download(finished.results().getFirst(), downloadRule, download);
            png = png(CoverFit.fit(decode(download, type, job), frame.width(), frame.height()));
        }
        String key = AssetKeys.scene(story.storyId(), job.scene(), "image", job.inputHash(), "png");
        assets.put(key, png, "image/png");
        return new SceneImageGenerated(story.storyId(), job.scene(), key, frame.width(), frame.height(), job.provider(),
                job.attempt(), cost);
    }

    /** First after {@code firstPollDelay}, then each wait {@code pollDelayGrowth} times longer, up to the maximum. */
    @Override
    public Duration pollDelay(int polls) {
        double millis = props.firstPollDelay().toMillis() * Math.pow(props.pollDelayGrowth(), polls);
        return Duration.ofMillis((long) Math.min(millis, props.maxPollDelay().toMillis()));
    }

    @Override
    public Duration deadline() {
        return props.deadline();
    }

    private static JobProgress.Failed failed() {
        return new JobProgress.Failed("Leonardo could not generate the image (status FAILED)", null);
    }

    private static VendorCost credits(JsonNode amount) {
        return amount.isNumber() ? LeonardoClient.creditCost(amount.doubleValue()) : null;
    }

    private BufferedImage decode(Path file, String contentType, VendorJob job) {
        try {
            return decoder.decode(file);
        }
        catch (PixelLimitedDecoder.ImageRefusedException ex) {
            throw VendorException.fatal(LeonardoClient.VENDOR, "the image of generation " + job.vendorJobId()
                    + " (" + contentType + ") was refused: it " + ex.getMessage());
        }
        catch (IOException ex) {
            throw VendorException.fatal(LeonardoClient.VENDOR, "the image of generation " + job.vendorJobId()
                    + " (" + contentType + ") is corrupt: " + ex.getMessage());
        }
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}
