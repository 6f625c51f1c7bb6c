package com.storyreel.merge.json2video;

import java.time.Duration;
import java.util.List;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.merge.merge.SceneMergeProvider;
import com.storyreel.merge.merge.SceneMergeWorker;
import com.storyreel.merge.mux.SceneMuxer;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.json2video.Json2VideoClient;
import com.storyreel.runtime.json2video.Movie;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.MediaException;
import com.storyreel.runtime.media.MediaInfo;
import com.storyreel.runtime.media.Scratch;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.Submission;

/**
 * Merges scenes at JSON2Video: one scene as long as the clip, the clip as its picture and the narration starting at
 * the clip's narration offset, both fetched by JSON2Video through presigned links. The movie keeps the clip's size
 * and frame rate, read from the clip itself since the clip event does not carry them; {@link Json2VideoMergeJobs}
 * stores the finished scene.
 */
public class Json2VideoMergeProvider implements SceneMergeProvider {

    private final Json2VideoClient client;
    private final Json2VideoMergeJobs jobs;
    private final StageExecutor executor;
    private final AssetStore assets;
    private final Ffmpeg ffmpeg;

    public Json2VideoMergeProvider(Json2VideoClient client, Json2VideoMergeJobs jobs, StageExecutor executor,
            AssetStore assets, Ffmpeg ffmpeg) {
        this.client = client;
        this.jobs = jobs;
        this.executor = executor;
        this.assets = assets;
        this.ffmpeg = ffmpeg;
    }

    @Override
    public String name() {
        return Json2VideoClient.VENDOR;
    }

    @Override
    public void merge(MergeUnit unit) {
        SceneClipRendered clip = unit.clip();
        executor.submit(unit.key(), clip.attempt(), clip, name(), SceneMergeWorker.OUTPUT_BINDING, jobs,
                () -> submit(unit));
    }

    private Submission submit(MergeUnit unit) {
        SceneClipRendered clip = unit.clip();
        MediaInfo.Stream picture = picture(clip);
        Duration linkExpiry = client.properties().linkExpiry();
        Movie.Scene scene = Movie.Scene.of(clip.durationSeconds(),
                Movie.Element.video(assets.presignedUrl(clip.clipKey(), linkExpiry).toString()),
                Movie.Element.audio(assets.presignedUrl(clip.audioKey(), linkExpiry).toString(),
                        clip.narrationOffsetSeconds()));
        String project = client.submit(unit.key().id(), null, Movie.custom(picture.width(), picture.height(),
                (int) Math.round(SceneMuxer.frameRate(picture)), List.of(scene), List.of()));
        return new Submission(project, null, null);
    }

    private MediaInfo.Stream picture(SceneClipRendered clip) {
        try (Scratch scratch = Scratch.create("merge")) {
            return ffmpeg.probe(assets.download(clip.clipKey(), scratch.file("clip.mp4"))).video()
                    .orElseThrow(() -> new MediaException("The clip " + clip.clipKey() + " has no video stream"));
        }
    }
}
