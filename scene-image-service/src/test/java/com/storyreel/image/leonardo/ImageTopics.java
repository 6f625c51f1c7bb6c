package com.storyreel.image.leonardo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.StageFailed;
import com.storyreel.events.Topics;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.runtime.stories.StoryDocuments;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The image stage's topics as an outside client sees them, for a whole test class (a static
 * {@code @RegisterExtension} field): written scenes in, images and failures out.
 */
final class ImageTopics implements BeforeAllCallback, AfterAllCallback {

    private final TopicProbeExtension kafka = TopicProbeExtension.reading(Topics.SCENE_IMAGE_GENERATED,
            Topics.STAGE_FAILED);

    /** The scenes of a 16:9 storybook story whose prompts name the story, so each prompt is the story's own. */
    static List<SceneWritten> story(String storyId, int scenes) {
        return IntStream.range(0, scenes).mapToObj(i -> new SceneWritten(storyId, i, "Narration " + i, prompt(storyId, i),
                "16:9", "slt", "storybook", 0, List.of())).toList();
    }

    static String prompt(String storyId, int scene) {
        return "A lighthouse at dusk, scene " + scene + " of " + storyId + ", storybook illustration";
    }

    /** Publishes a story's scenes as the story service does: its document written first, then one event per scene. */
    void send(List<SceneWritten> story) {
        StoryDocuments.written(StoryDocuments.sharedDatabase(), story.getFirst().storyId(), story.size());
        for (SceneWritten scene : story) {
            kafka.probe().send(Topics.SCENE_WRITTEN, scene.key(), EventJson.write(scene));
        }
    }

    List<SceneImageGenerated> images(String storyId) {
        return kafka.reader(Topics.SCENE_IMAGE_GENERATED).matching(r -> r.ofStory(storyId)).stream()
                .map(r -> EventJson.read(r.value().getBytes(StandardCharsets.UTF_8), SceneImageGenerated.class)).toList();
    }

    List<StageFailed> failures(String storyId) {
        return kafka.reader(Topics.STAGE_FAILED).matching(r -> r.ofStory(storyId)).stream()
                .map(r -> EventJson.read(r.value().getBytes(StandardCharsets.UTF_8), StageFailed.class)).toList();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka.beforeAll(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        kafka.afterAll(context);
    }
}
