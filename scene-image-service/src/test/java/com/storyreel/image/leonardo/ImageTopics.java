package com.storyreel.image.leonardo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneScript;
import com.storyreel.events.StageFailed;
import com.storyreel.events.StoryWritten;
import com.storyreel.events.Topics;
import com.storyreel.localstack.SharedLocalStack;
import com.storyreel.localstack.TopicProbe;
import com.storyreel.runtime.stories.StoryDocuments;

/** The image stage's topics as an outside client sees them: written stories in, images and failures out. */
final class ImageTopics implements AutoCloseable {

    private final TopicProbe probe = new TopicProbe(SharedLocalStack.get().kafka().bootstrapServers());
    private final TopicProbe.Reader images = probe.read(Topics.SCENE_IMAGE_GENERATED);
    private final TopicProbe.Reader failures = probe.read(Topics.STAGE_FAILED);

    /** A 16:9 storybook story whose scenes' prompts name the story, so each prompt is the story's own. */
    static StoryWritten story(String storyId, int scenes) {
        List<SceneScript> scripts = IntStream.range(0, scenes)
                .mapToObj(i -> new SceneScript(i, "Narration " + i, prompt(storyId, i))).toList();
        return new StoryWritten(storyId, "The Lighthouse", "16:9", "slt", "storybook", scripts, "offline", 0);
    }

    static String prompt(String storyId, int scene) {
        return "A lighthouse at dusk, scene " + scene + " of " + storyId + ", storybook illustration";
    }

    /** Publishes a story as the story service does: its document written first, then the event. */
    void send(StoryWritten story) {
        StoryDocuments.written(StoryDocuments.sharedDatabase(), story.storyId(), story.scenes().size());
        probe.send(Topics.STORY_WRITTEN, story.storyId(), EventJson.write(story));
    }

    List<SceneImageGenerated> images(String storyId) {
        return images.matching(r -> storyId.equals(r.key())).stream()
                .map(r -> EventJson.read(r.value().getBytes(StandardCharsets.UTF_8), SceneImageGenerated.class)).toList();
    }

    List<StageFailed> failures(String storyId) {
        return failures.matching(r -> storyId.equals(r.key())).stream()
                .map(r -> EventJson.read(r.value().getBytes(StandardCharsets.UTF_8), StageFailed.class)).toList();
    }

    @Override
    public void close() throws InterruptedException {
        images.close();
        failures.close();
        probe.close();
    }
}
