package com.storyreel.runtime.json2video;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import com.storyreel.events.VendorCost;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.MediaInfo;
import com.storyreel.runtime.media.Scratch;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.vendor.VendorException;
import com.storyreel.runtime.work.JobProgress;
import com.storyreel.runtime.work.Submission;
import com.storyreel.runtime.work.VendorJob;
import com.storyreel.runtime.work.VendorJobHandler;

/**
 * Follows one stage's JSON2Video renders: polls their status, reads the exports webhook, and stores a finished
 * movie in S3. Each stage adds what its finished movie becomes: where it is stored and the completion event.
 */
public abstract class Json2VideoJobHandler implements VendorJobHandler {

    private final Json2VideoClient client;
    private final VendorDownloads downloads;
    private final AssetStore assets;
    private final Ffmpeg ffmpeg;

    protected Json2VideoJobHandler(Json2VideoClient client, VendorDownloads downloads, AssetStore assets, Ffmpeg ffmpeg) {
        this.client = client;
        this.downloads = downloads;
        this.assets = assets;
        this.ffmpeg = ffmpeg;
    }

    @Override
    public final String vendor() {
        return Json2VideoClient.VENDOR;
    }

    @Override
    public JobProgress poll(VendorJob job) {
        return client.status(job.vendorJobId()).asJobProgress();
    }

    /**
     * A webhook naming the finished movie ends the job; anything else (a failure, an unknown shape, another
     * project) is confirmed by polling, since the payload's shape is not settled.
     */
    @Override
    public JobProgress read(VendorJob job, String callbackJson) {
        return client.callback(callbackJson)
                .filter(movie -> movie.project() == null || movie.project().equals(job.vendorJobId()))
                .filter(MovieStatus::delivered)
                .map(MovieStatus::asJobProgress)
                .orElseGet(() -> new JobProgress.Pending("called back without a movie"));
    }

    /** A render JSON2Video lists with our unit's id in its {@code client-data} is adopted, with the context it carries. */
    @Override
    public Lookup lookUp(VendorJob job) {
        return client.findSubmitted(job.id())
                .<Lookup>map(found -> new Lookup.Found(new Submission(found.project(), null, found.context())))
                .orElseGet(() -> new Lookup.NotFound("JSON2Video lists no movie whose client-data names " + job.id()
                        + " on the first page of GET /movies"));
    }

    @Override
    public Duration pollDelay(int polls) {
        return client.properties().nextPollDelay(polls);
    }

    @Override
    public Duration deadline() {
        return client.properties().deadline();
    }

    /** Downloads the finished movie, stores it at {@code key} and returns its length in seconds, as ffprobe reads it. */
    protected double store(JobProgress.Finished finished, String key) {
        URI url = finished.results().getFirst();
        try (Scratch scratch = Scratch.create("json2video")) {
            Path movie = scratch.file("movie.mp4");
            downloads.download(url, client.properties().downloadRule(), movie);
            MediaInfo info = ffmpeg.probe(movie);
            MediaInfo.Stream picture = info.video().orElseThrow(() -> VendorException.fatal(Json2VideoClient.VENDOR,
                    "the finished movie of " + key + " has no video stream"));
            assets.put(key, movie, "video/mp4");
            return picture.durationSeconds() > 0 ? picture.durationSeconds() : info.durationSeconds();
        }
    }

    /** What a render cost: the length JSON2Video reported, or else the length of the movie it delivered. */
    protected static VendorCost cost(VendorCost reported, double deliveredSeconds) {
        return reported != null ? reported : new VendorCost(Json2VideoClient.VENDOR, "render-seconds", deliveredSeconds);
    }
}
