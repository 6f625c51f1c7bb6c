package com.storyreel.video.json2video;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneInputsReady;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.json2video.Json2VideoClient;
import com.storyreel.runtime.json2video.Movie;
import com.storyreel.runtime.media.SubtitleFiles;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.Submission;
import com.storyreel.video.clip.SceneClipProvider;
import com.storyreel.video.clip.SceneClipWorker;
import com.storyreel.video.kenburns.ClipSettings;

/**
 * Cuts clips at JSON2Video: one scene as long as the local clip (lead-in, narration, tail in whole frames) showing
 * the still with a slow zoom toward a side that changes from scene to scene, and the captions burned in from our
 * own cues (given inline, so JSON2Video draws them rather than transcribing). The still is fetched by JSON2Video
 * through a presigned link; {@link Json2VideoClipJobs} stores the finished clip.
 */
public class Json2VideoClipProvider implements SceneClipProvider {

    /** A gentle zoom in; every source agrees on -10..10 and real clients use 1 or 2. */
    private static final int ZOOM = 2;

    /** Neighbouring scenes pan toward different sides, as the local moves vary. */
    private static final List<String> PANS = List.of("left", "right", "top-right", "bottom-left", "top", "bottom",
            "top-left", "bottom-right");

    private static final Map<String, Object> CAPTION_SETTINGS = Map.of("style", "classic", "position", "bottom-center");

    private final Json2VideoClient client;
    private final Json2VideoClipJobs jobs;
    private final StageExecutor executor;
    private final AssetStore assets;
    private final JsonMapper json;
    private final ClipSettings settings;

    public Json2VideoClipProvider(Json2VideoClient client, Json2VideoClipJobs jobs, StageExecutor executor,
            AssetStore assets, JsonMapper json, ClipSettings settings) {
        this.client = client;
        this.jobs = jobs;
        this.executor = executor;
        this.assets = assets;
        this.json = json;
        this.settings = settings;
    }

    @Override
    public String name() {
        return Json2VideoClient.VENDOR;
    }

    @Override
    public void cut(ClipUnit unit) {
        SceneInputsReady inputs = unit.inputs();
        executor.submit(unit.key(), inputs.attempt(), inputs, name(), SceneClipWorker.OUTPUT_BINDING, jobs,
                () -> submit(unit));
    }

    private Submission submit(ClipUnit unit) {
        SceneInputsReady inputs = unit.inputs();
        Duration linkExpiry = client.properties().linkExpiry();
        String image = assets.presignedUrl(inputs.imageKey(), linkExpiry).toString();
        double seconds = (double) settings.frames(inputs.narrationSeconds()) / settings.fps();
        Movie.Scene scene = Movie.Scene.of(seconds,
                Movie.Element.image(image, ZOOM, PANS.get(Math.floorMod(inputs.scene(), PANS.size()))));
        SceneCaptions captions = unit.captions(assets, json);
        List<Movie.Element> subtitles = captions.cues().isEmpty() ? List.of()
                : List.of(Movie.Element.subtitles(SubtitleFiles.srt(settings.clipCues(captions)), CAPTION_SETTINGS));
        String context = json.writeValueAsString(new Json2VideoClipJobs.ClipContext(settings.leadInSeconds()));
        String project = client.submit(unit.key().id(), context,
                Movie.custom(unit.width(), unit.height(), settings.fps(), List.of(scene), subtitles));
        return new Submission(project, null, context);
    }
}
