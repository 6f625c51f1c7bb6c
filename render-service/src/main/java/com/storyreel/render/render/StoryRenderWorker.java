package com.storyreel.render.render;

import java.util.Comparator;
import java.util.List;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.AspectRatio;
import com.storyreel.events.MergedScene;
import com.storyreel.events.Stage;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.work.StageWorker;
import com.storyreel.runtime.work.WorkKey;

/** Renders a story once every scene is merged. */
public class StoryRenderWorker implements StageWorker<AllScenesMerged> {

    public static final String OUTPUT_BINDING = "storyRendered";

    private final StoryRenderProvider provider;

    public StoryRenderWorker(StoryRenderProvider provider) {
        this.provider = provider;
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
        List<MergedScene> scenes = inOrder(story);
        String hash = AssetKeys.hash(provider.name(), aspect.label(),
                String.join(",", scenes.stream().map(s -> s.videoKey() + "|" + s.captionsKey()).toList()));
        WorkKey key = new WorkKey(story.storyId(), null, Stage.RENDER, hash);
        provider.render(new StoryRenderProvider.RenderUnit(key, story, scenes, aspect.width(), aspect.height()));
    }

    /** The story's scenes by index. */
    public static List<MergedScene> inOrder(AllScenesMerged story) {
        return story.scenes().stream().sorted(Comparator.comparingInt(MergedScene::index)).toList();
    }
}
