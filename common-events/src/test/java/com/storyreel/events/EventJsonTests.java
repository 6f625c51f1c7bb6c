package com.storyreel.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventJsonTests {

    @Test
    void roundTripsAnEventWithNestedRecords() {
        var written = new StoryWritten("s-1", "The Lighthouse", "16:9", "slt", null,
                List.of(new SceneScript(0, "Once upon a time.", "a lighthouse at dusk")), "script", 0, null,
                List.of(new StoryCharacter("Maren", "lighthouse keeper", "a tall woman in a yellow raincoat")));
        assertThat(EventJson.read(EventJson.write(written), StoryWritten.class)).isEqualTo(written);
    }

    @Test
    void ignoresFieldsItDoesNotKnowAndDefaultsMissingOnes() {
        String json = """
                {"storyId":"s-1","scene":2,"imageKey":"k","width":1920,"height":1080,"provider":"painter",
                 "addedLater":{"nested":true}}""";
        var event = EventJson.read(json.getBytes(StandardCharsets.UTF_8), SceneImageGenerated.class);
        assertThat(event.scene()).isEqualTo(2);
        assertThat(event.attempt()).isZero();
    }

    @Test
    void writesInstantsAsIsoStrings() {
        var requested = new StoryRequested("s-1", "a fox", null, 3, "16:9", null, null, null, Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(new String(EventJson.write(requested), StandardCharsets.UTF_8)).contains("\"requestedAt\":\"2026-11-24T10:00:00Z\"");
    }

    @Test
    void keysAStorysRecordsByStoryAndItsScenesRecordsByStoryAndScene() {
        var scene = new SceneWritten("s-1", 3, "Once upon a time.", "a lighthouse at dusk", "16:9", "slt", null, 0, List.of());
        var failed = new StageFailed("s-1", Stage.CLIP, 3, "ffmpeg-kenburns", "broken", 0);
        assertThat(scene.key()).isEqualTo("s-1/3");
        assertThat(failed.key()).isEqualTo("s-1");
        assertThat(new String(EventJson.write(scene), StandardCharsets.UTF_8)).doesNotContain("\"key\"");
        assertThat(EventJson.read(EventJson.write(scene), SceneWritten.class)).isEqualTo(scene);
    }
}
