package com.storyreel.image.generation;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneScript;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryWritten;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.work.StageWorker;
import com.storyreel.runtime.work.WorkKey;

/** One picture per scene of a written story, each a unit of work of its own. */
public class SceneImageWorker implements StageWorker<StoryWritten> {

    /** Where every scene's {@code SceneImageGenerated} goes, whoever makes the picture. */
    public static final String OUTPUT_BINDING = "imageGenerated";

    private final SceneImageWork work;

    public SceneImageWorker(SceneImageWork work) {
        this.work = work;
    }

    @Override
    public Class<StoryWritten> inputType() {
        return StoryWritten.class;
    }

    @Override
    public void handle(StoryWritten story) {
        InvalidEventException.require(story.scenes() != null && !story.scenes().isEmpty(), "The story has no scenes");
        AspectRatio aspect = InvalidEventException.read(() -> AspectRatio.of(story.aspectRatio()));
        for (SceneScript scene : story.scenes()) {
            InvalidEventException.require(scene.imagePrompt() != null, "Scene " + scene.index() + " has no image prompt");
            String hash = AssetKeys.hash(work.provider(), scene.imagePrompt(), story.style(), aspect.width(), aspect.height());
            work.start(new WorkKey(story.storyId(), scene.index(), Stage.IMAGE, hash), story, scene, aspect);
        }
    }
}
