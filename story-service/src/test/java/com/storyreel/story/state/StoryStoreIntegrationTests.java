package com.storyreel.story.state;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.storyreel.events.SceneScript;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.story.StoryServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

@StoryServiceTest
class StoryStoreIntegrationTests {

    @Autowired
    StoryStore store;

    @Autowired
    MongoTemplate mongo;

    // Other services (KnownStories) and earlier documents read these fields as plain strings.
    @Test
    void stagesGatesAndErrorsAreStoredByTheNamesOtherServicesRead() {
        String storyId = "store-" + UUID.randomUUID();
        store.createIfAbsent(StoryDocument.requested(storyId, new StoryRequest(null, "script", 1, "16:9", null, null, null), null,
                null, null, Instant.now(), null));
        store.recordWritten(storyId, "Test", "test", null, List.of(new SceneScript(0, "Scene 0.", "a meadow at noon")));
        store.recordStage(storyId, 0, Stage.IMAGE, StageState.done("test", "image", Instant.now(), null));
        store.recordStage(storyId, 0, Stage.NARRATION, StageState.narrated("test", "audio", "captions", 2.0, Instant.now(), null));

        assertThat(store.claimInputsGate(storyId, 0)).isTrue();
        assertThat(scene(storyId).get("inputsGate", Document.class).getString("state")).isEqualTo("CLAIMED");
        store.markInputsGatePublished(storyId, 0);
        store.recordStage(storyId, 0, Stage.MERGE, StageState.merged("test", "video", "captions", 2.0, 0.0, Instant.now(), null));
        assertThat(store.claimRenderGate(storyId, 1)).isTrue();
        assertThat(store.recordFailure(new StageFailed(storyId, Stage.CLIP, 0, "test", "out of memory", 0))).isTrue();

        Document story = raw(storyId);
        assertThat(story.getString("status")).isEqualTo("FAILED");
        assertThat(story.get("renderGate", Document.class).getString("state")).isEqualTo("CLAIMED");
        assertThat(story.get("error", Document.class).getString("stage")).isEqualTo("CLIP");
        Document scene = scene(storyId);
        assertThat(scene.get("inputsGate", Document.class).getString("state")).isEqualTo("PUBLISHED");
        Document stages = scene.get("stages", Document.class);
        assertThat(stages.get("image", Document.class).getString("state")).isEqualTo("DONE");
        assertThat(stages.get("merge", Document.class).getString("state")).isEqualTo("DONE");
        assertThat(stages.get("clip", Document.class).getString("state")).isEqualTo("FAILED");
        assertThat(store.find(storyId).orElseThrow().error().stage()).isEqualTo(Stage.CLIP);
    }

    private Document raw(String storyId) {
        return mongo.getCollection(StoryDocument.COLLECTION).find(eq("_id", storyId)).first();
    }

    private Document scene(String storyId) {
        return raw(storyId).getList("scenes", Document.class).getFirst();
    }
}
