package com.storyreel.render.json2video;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.MergedScene;
import com.storyreel.render.render.RenderProperties;
import com.storyreel.render.render.StoryRenderProvider;
import com.storyreel.render.render.StoryRenderWorker;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.json2video.Json2VideoClient;
import com.storyreel.runtime.json2video.Movie;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.Submission;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the final story at JSON2Video: one scene per merged scene, each its own video (captions already burned
 * in at the clip stage, so no subtitles element), joined by cuts or, with a crossfade set, fades of that length.
 * The scenes are fetched by JSON2Video through presigned links; {@link Json2VideoRenderJobs} stores the finished
 * movie and writes the subtitle sidecars.
 */
public class Json2VideoRenderProvider implements StoryRenderProvider {

    private final Json2VideoClient client;
    private final Json2VideoRenderJobs jobs;
    private final StageExecutor executor;
    private final AssetStore assets;
    private final JsonMapper json;
    private final RenderProperties props;

    public Json2VideoRenderProvider(Json2VideoClient client, Json2VideoRenderJobs jobs, StageExecutor executor,
            AssetStore assets, JsonMapper json, RenderProperties props) {
        this.client = client;
        this.jobs = jobs;
        this.executor = executor;
        this.assets = assets;
        this.json = json;
        this.props = props;
    }

    @Override
    public String name() {
        return Json2VideoClient.VENDOR;
    }

    @Override
    public void render(RenderUnit unit) {
        AllScenesMerged story = unit.story();
        executor.submit(unit.key(), story.attempt(), story, name(), StoryRenderWorker.OUTPUT_BINDING, jobs,
                () -> submit(unit));
    }

    private Submission submit(RenderUnit unit) {
        Duration linkExpiry = client.properties().linkExpiry();
        Movie.Transition fade = props.crossfadeSeconds() > 0 ? new Movie.Transition("fade", props.crossfadeSeconds()) : null;
        List<Movie.Scene> scenes = new ArrayList<>();
        for (MergedScene merged : unit.scenes()) {
            Movie.Scene scene = Movie.Scene.of(merged.durationSeconds(),
                    Movie.Element.video(assets.presignedUrl(merged.videoKey(), linkExpiry).toString()));
            scenes.add(scenes.isEmpty() || fade == null ? scene : scene.withTransition(fade));
        }
        String context = json.writeValueAsString(new Json2VideoRenderJobs.RenderContext(props.fps(), props.crossfadeSeconds()));
        String project = client.submit(unit.key().id(), context,
                Movie.custom(unit.width(), unit.height(), props.fps(), scenes, List.of()));
        return new Submission(project, null, context);
    }
}
