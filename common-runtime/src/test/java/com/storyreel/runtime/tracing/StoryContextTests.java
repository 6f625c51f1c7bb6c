package com.storyreel.runtime.tracing;

import java.nio.charset.StandardCharsets;

import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.StoryRendered;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryContextTests {

    private static final SceneImageGenerated SCENE_2 = new SceneImageGenerated("st-1", 2, "image", 1920, 1080, "painter", 0);
    private static final StoryRendered RENDERED = new StoryRendered("st-1", "video", null, null, 60.0, "ffmpeg", 0, null);

    @Test
    void aRecordKeyedAsItsEventIsOrByItsStoryIdAloneOrNotAtAllIsTaken() {
        assertThat(StoryContext.keyProblem(bytes("st-1/2"), SCENE_2)).isEmpty();
        assertThat(StoryContext.keyProblem(bytes("st-1"), SCENE_2)).isEmpty();
        assertThat(StoryContext.keyProblem(bytes("st-1"), RENDERED)).isEmpty();
        assertThat(StoryContext.keyProblem(null, SCENE_2)).isEmpty();
    }

    @Test
    void aRecordKeyedForAnotherStoryOrSceneIsRefusedNamingBothKeys() {
        assertThat(StoryContext.keyProblem(bytes("st-2/2"), SCENE_2))
                .hasValue("The record's key 'st-2/2' is not its event's key 'st-1/2'");
        assertThat(StoryContext.keyProblem(bytes("st-1/3"), SCENE_2))
                .hasValue("The record's key 'st-1/3' is not its event's key 'st-1/2'");
        assertThat(StoryContext.keyProblem(bytes("st-1/0"), RENDERED))
                .hasValue("The record's key 'st-1/0' is not its event's key 'st-1'");
    }

    @Test
    void aForgedKeyIsShownOnOneLineAndCut() {
        assertThat(StoryContext.keyProblem(bytes("st-2\nINFO forged"), RENDERED)).hasValueSatisfying(
                reason -> assertThat(reason).doesNotContain("\n").contains("INFO forged"));
        assertThat(StoryContext.keyProblem(bytes("k".repeat(5000)), RENDERED)).hasValueSatisfying(
                reason -> assertThat(reason).hasSizeLessThan(200).contains("k".repeat(100) + "..."));
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
