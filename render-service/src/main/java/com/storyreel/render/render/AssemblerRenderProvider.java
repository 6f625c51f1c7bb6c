package com.storyreel.render.render;

import java.util.ArrayList;
import java.util.List;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.MergedScene;
import com.storyreel.events.StoryRendered;
import com.storyreel.render.assembly.AssembledStory;
import com.storyreel.render.assembly.SceneInput;
import com.storyreel.render.assembly.StoryAssembler;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.media.MediaSpeed;
import com.storyreel.runtime.media.Scratch;
import com.storyreel.runtime.work.StageExecutor;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The free local provider: ffmpeg joins, captions, loudness-normalises and encodes. */
public class AssemblerRenderProvider implements StoryRenderProvider {

    private final StoryAssembler assembler;
    private final StageExecutor executor;
    private final AssetStore assets;
    private final JsonMapper json;
    private final MeterRegistry meters;

    public AssemblerRenderProvider(StoryAssembler assembler, StageExecutor executor, AssetStore assets, JsonMapper json,
            MeterRegistry meters) {
        this.assembler = assembler;
        this.executor = executor;
        this.assets = assets;
        this.json = json;
        this.meters = meters;
        MediaSpeed.expect(meters, "render", name());
    }

    @Override
    public String name() {
        return "ffmpeg-render";
    }

    @Override
    public void render(RenderUnit unit) {
        AllScenesMerged story = unit.story();
        executor.run(unit.key(), story.attempt(), story, name(), StoryRenderWorker.OUTPUT_BINDING, () -> {
            try (Scratch scratch = Scratch.create("render")) {
                long started = System.nanoTime();
                List<SceneInput> inputs = new ArrayList<>();
                for (MergedScene scene : unit.scenes()) {
                    var video = assets.download(scene.videoKey(), scratch.file("scene-" + scene.index() + ".mp4"));
                    inputs.add(new SceneInput(video, CaptionedScene.read(scene, assets, json).captions(),
                            scene.durationSeconds(), scene.narrationOffsetSeconds()));
                }
                AssembledStory rendered = assembler.assemble(inputs, unit.width(), unit.height(), scratch.dir());
                MediaSpeed.record(meters, "render", name(), rendered.durationSeconds(), System.nanoTime() - started);
                String hash = unit.key().inputHash();
                String videoKey = AssetKeys.story(story.storyId(), "final", hash, "mp4");
                String srtKey = AssetKeys.story(story.storyId(), "final", hash, "srt");
                String vttKey = AssetKeys.story(story.storyId(), "final", hash, "vtt");
                assets.put(videoKey, rendered.video(), "video/mp4");
                assets.put(srtKey, rendered.srt(), "application/x-subrip");
                assets.put(vttKey, rendered.vtt(), "text/vtt");
                return new StoryRendered(story.storyId(), videoKey, srtKey, vttKey, rendered.durationSeconds(), name(),
                        story.attempt());
            }
        });
    }
}
