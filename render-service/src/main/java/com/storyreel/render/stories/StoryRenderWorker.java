package com.storyreel.render.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.AspectRatio;
import com.storyreel.events.MergedScene;
import com.storyreel.events.SceneCaptions;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryRendered;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.media.MediaSpeed;
import com.storyreel.runtime.media.Scratch;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.StageWorker;
import com.storyreel.runtime.work.WorkKey;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** Renders a story once every scene is merged. */
public class StoryRenderWorker implements StageWorker<AllScenesMerged> {

    static final String OUTPUT_BINDING = "storyRendered";

    private final StoryRenderProvider provider;
    private final StageExecutor executor;
    private final AssetStore assets;
    private final JsonMapper json;
    private final MeterRegistry meters;

    public StoryRenderWorker(StoryRenderProvider provider, StageExecutor executor, AssetStore assets, JsonMapper json,
            MeterRegistry meters) {
        this.provider = provider;
        this.executor = executor;
        this.assets = assets;
        this.json = json;
        this.meters = meters;
    }

    @Override
    public Class<AllScenesMerged> inputType() {
        return AllScenesMerged.class;
    }

    @Override
    public void handle(AllScenesMerged story) {
        InvalidEventException.require(story.scenes() != null && !story.scenes().isEmpty(), "The story has no merged scenes");
        InvalidEventException.require(story.scenes().stream().allMatch(s -> s.videoKey() != null && s.durationSeconds() > 0),
                "Every merged scene needs a videoKey and a positive duration");
        AspectRatio aspect = InvalidEventException.read(() -> AspectRatio.of(story.aspectRatio()));
        List<MergedScene> scenes = story.scenes().stream().sorted(Comparator.comparingInt(MergedScene::index)).toList();
        String hash = AssetKeys.hash(provider.name(), aspect.label(),
                String.join(",", scenes.stream().map(s -> s.videoKey() + "|" + s.captionsKey()).toList()));
        WorkKey key = new WorkKey(story.storyId(), null, Stage.RENDER, hash);
        executor.run(key, story.attempt(), story, provider.name(), OUTPUT_BINDING, () -> {
            try (Scratch scratch = Scratch.create("render")) {
                long started = System.nanoTime();
                List<StoryRenderProvider.RenderScene> inputs = new ArrayList<>();
                for (MergedScene scene : scenes) {
                    var video = assets.download(scene.videoKey(), scratch.file("scene-" + scene.index() + ".mp4"));
                    SceneCaptions captions = scene.captionsKey() == null ? new SceneCaptions(List.of())
                            : json.readValue(assets.read(scene.captionsKey()), SceneCaptions.class);
                    inputs.add(new StoryRenderProvider.RenderScene(video, captions, scene.durationSeconds(),
                            scene.narrationOffsetSeconds()));
                }
                var rendered = provider.render(inputs, aspect.width(), aspect.height(), scratch.dir());
                MediaSpeed.record(meters, "render", provider.name(), rendered.durationSeconds(), System.nanoTime() - started);
                String videoKey = AssetKeys.story(story.storyId(), "final", hash, "mp4");
                String srtKey = AssetKeys.story(story.storyId(), "final", hash, "srt");
                String vttKey = AssetKeys.story(story.storyId(), "final", hash, "vtt");
                assets.put(videoKey, rendered.video(), "video/mp4");
                assets.put(srtKey, rendered.srt(), "application/x-subrip");
                assets.put(vttKey, rendered.vtt(), "text/vtt");
                return new StoryRendered(story.storyId(), videoKey, srtKey, vttKey, rendered.durationSeconds(),
                        provider.name(), story.attempt());
            }
        });
    }
}
