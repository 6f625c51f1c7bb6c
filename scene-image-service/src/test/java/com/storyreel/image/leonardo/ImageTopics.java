package com.storyreel.image.leonardo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.StageFailed;
import com.storyreel.events.Topics;
import com.storyreel.localstack.SharedLocalStack;
import com.storyreel.localstack.TopicProbe;
import com.storyreel.runtime.stories.StoryDocuments;

/** The image stage's topics as an outside client sees them: written scenes in, images and failures out. */
final class ImageTopics implements AutoCloseable {

    private final TopicProbe probe = new TopicProbe(SharedLocalStack.get().kafka().bootstrapServers());
    private final TopicProbe.Reader images = probe.read(Topics.SCENE_IMAGE_GENERATED);
    private final TopicProbe.Reader failures = probe.read(Topics.STAGE_FAILED);

    /** The scenes of a 16:9 storybook story whose prompts name the story, so each prompt is the story's own. */
    static List<SceneWritten> story(String storyId, int scenes) {
        return IntStream.range(0, scenes).mapToObj(i -> new SceneWritten(storyId, i, "Narration " + i, prompt(storyId, i),
                "16:9", "slt", "storybook", 0)).toList();
    }

    static String prompt(String storyId, int scene) {
        return "A lighthouse at dusk, scene " + scene + " of " + storyId + ", storybook illustration";
    }

    /** Publishes a story's scenes as the story service does: its document written first, then one event per scene. */
    void send(List<SceneWritten> story) {
        StoryDocuments.written(StoryDocuments.sharedDatabase(), story.getFirst().storyId(), story.size());
        for (SceneWritten scene : story) {
            probe.send(Topics.SCENE_WRITTEN, scene.key(), EventJson.write(scene));
        }
    }

    List<SceneImageGenerated> images(String storyId) {
        return images.matching(r -> r.ofStory(storyId)).stream()
                .map(r -> EventJson.read(r.value().getBytes(StandardCharsets.UTF_8), SceneImageGenerated.class)).toList();
    }

    List<StageFailed> failures(String storyId) {
        return failures.matching(r -> r.ofStory(storyId)).stream()
                .map(r -> EventJson.read(r.value().getBytes(StandardCharsets.UTF_8), StageFailed.class)).toList();
    }

    @Override
    public void close() throws InterruptedException {
        images.close();
        failures.close();
        probe.close();
    }
}
