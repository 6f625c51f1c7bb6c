package com.storyreel.story.state;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.storyreel.events.SceneScript;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.StoryCharacter;
import com.storyreel.events.VendorCost;
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
        store.recordWritten(storyId, "Test", "test", null, List.of(new SceneScript(0, "Scene 0.", "a meadow at noon")), List.of(),
                Review.NONE);
        store.recordStage(storyId, 0, Stage.IMAGE, StageState.done("test", "image", Instant.now(), null), 0);
        store.recordStage(storyId, 0, Stage.NARRATION, StageState.narrated("test", "audio", "captions", 2.0, Instant.now(), null), 0);

        assertThat(store.claimInputsGate(storyId, 0)).isTrue();
        assertThat(scene(storyId).get("inputsGate", Document.class).getString("state")).isEqualTo("CLAIMED");
        store.markInputsGatePublished(storyId, 0);
        store.recordStage(storyId, 0, Stage.MERGE, StageState.merged("test", "video", "captions", 2.0, 0.0, Instant.now(), null), 0);
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

    @Test
    void anEditOfACompletedStoryClearsOnlyWhatItMakesStaleKeepsTheVideoAsAVersionAndBeginsTheNextAttempt() {
        String storyId = completedStory(2, new VendorCost("leonardo", "credits", 4));
        StoryDocument read = store.find(storyId).orElseThrow();

        StoryDocument edited = store.editScene(read, 1, "A new line.", null).orElseThrow();

        assertThat(edited.status()).isEqualTo(StoryStatus.GENERATING);
        assertThat(edited.attempt()).isEqualTo(1);
        assertThat(edited.output()).isNull();
        assertThat(edited.renderGate()).isNull();
        assertThat(edited.versions()).singleElement().satisfies(version -> {
            assertThat(version.version()).isEqualTo(1);
            assertThat(version.output().videoKey()).isEqualTo("final");
        });
        SceneState scene = edited.scenes().get(1);
        assertThat(scene.narration()).isEqualTo("A new line.");
        assertThat(scene.editAttempt()).isEqualTo(1);
        assertThat(scene.editedAt()).isNotNull();
        assertThat(scene.isDone(Stage.IMAGE)).isTrue();
        assertThat(List.of(Stage.NARRATION, Stage.CLIP, Stage.MERGE)).allSatisfy(stage -> assertThat(scene.stage(stage)).isNull());
        assertThat(scene.inputsGate()).isNull();
        assertThat(edited.replacedCosts()).isEmpty();
        SceneState untouched = edited.scenes().get(0);
        assertThat(List.of(Stage.IMAGE, Stage.NARRATION, Stage.CLIP, Stage.MERGE)).allSatisfy(stage -> assertThat(untouched.isDone(stage)).isTrue());

        assertThat(store.editScene(read, 0, "Too late.", null)).as("an edit of the story as it was before").isEmpty();
    }

    @Test
    void aNewPicturePromptKeepsWhatTheReplacedPictureCost() {
        VendorCost picture = new VendorCost("leonardo", "credits", 4);
        String storyId = completedStory(1, picture);

        StoryDocument edited = store.editScene(store.find(storyId).orElseThrow(), 0, null, "a meadow at dusk").orElseThrow();

        assertThat(edited.scenes().getFirst().stage(Stage.IMAGE)).isNull();
        assertThat(edited.scenes().getFirst().isDone(Stage.NARRATION)).isTrue();
        assertThat(edited.replacedCosts()).containsExactly(picture);
    }

    @Test
    void aCompletionOfTheTextAnEditReplacedIsNotRecordedButOneOfTheEditsAttemptIs() {
        String storyId = completedStory(1, null);
        store.editScene(store.find(storyId).orElseThrow(), 0, "A new line.", null).orElseThrow();

        StageState old = StageState.narrated("test", "old-audio", "captions", 2.0, Instant.now(), null);
        assertThat(store.recordStage(storyId, 0, Stage.NARRATION, old, 0)).isFalse();
        StageState fresh = StageState.narrated("test", "new-audio", "captions", 2.0, Instant.now(), null);
        assertThat(store.recordStage(storyId, 0, Stage.NARRATION, fresh, 1)).isTrue();
        assertThat(store.find(storyId).orElseThrow().scenes().getFirst().stage(Stage.NARRATION).key()).isEqualTo("new-audio");
    }

    @Test
    void aStoryAskingForAPicturesReviewIsHeldOnceEverySceneHasBothInputsAndNoGateOpensUntilApproved() {
        String storyId = "store-" + UUID.randomUUID();
        store.createIfAbsent(StoryDocument.requested(storyId, new StoryRequest(null, "script", 2, "16:9", null, null, "pictures"),
                null, null, null, Instant.now(), null));
        store.recordWritten(storyId, "Test", "test", null, List.of(new SceneScript(0, "Scene 0.", "a meadow"),
                new SceneScript(1, "Scene 1.", "a river")), List.of(), Review.PICTURES);
        inputsDone(storyId, 0);
        assertThat(store.holdForPictures(storyId, 2)).as("scene 1 has no inputs yet").isFalse();
        assertThat(store.claimInputsGate(storyId, 0)).isFalse();
        inputsDone(storyId, 1);

        assertThat(store.holdForPictures(storyId, 2)).isTrue();
        assertThat(store.holdForPictures(storyId, 2)).as("held once").isFalse();
        StoryDocument held = store.find(storyId).orElseThrow();
        assertThat(held.status()).isEqualTo(StoryStatus.AWAITING_APPROVAL);
        assertThat(held.awaiting()).isEqualTo(Review.PICTURES);

        StoryDocument approved = store.approve(held).orElseThrow();
        assertThat(approved.status()).isEqualTo(StoryStatus.GENERATING);
        assertThat(approved.awaiting()).isNull();
        assertThat(store.approve(held)).as("approved once").isEmpty();
        assertThat(store.claimInputsGate(storyId, 0)).isTrue();
        assertThat(store.holdForPictures(storyId, 2)).as("never held again").isFalse();
    }

    @Test
    void aStoryAskingForAStoryboardReviewWaitsAsSoonAsItIsWritten() {
        String storyId = "store-" + UUID.randomUUID();
        store.createIfAbsent(StoryDocument.requested(storyId, new StoryRequest(null, "script", 1, "16:9", null, null, "storyboard"),
                null, null, null, Instant.now(), null));

        store.recordWritten(storyId, "Test", "test", null, List.of(new SceneScript(0, "Scene 0.", "a meadow")), List.of(),
                Review.STORYBOARD);

        StoryDocument held = store.find(storyId).orElseThrow();
        assertThat(held.status()).isEqualTo(StoryStatus.AWAITING_APPROVAL);
        assertThat(held.awaiting()).isEqualTo(Review.STORYBOARD);
        StoryDocument edited = store.editScene(held, 0, null, "a meadow in snow").orElseThrow();
        assertThat(edited.status()).as("an edit keeps a storyboard waiting").isEqualTo(StoryStatus.AWAITING_APPROVAL);
        assertThat(edited.scenes().getFirst().imagePrompt()).isEqualTo("a meadow in snow");
    }

    @Test
    void theCharactersAreRecordedWithTheScenesOnlyOnceAndAStoryStoredWithoutThemHasNone() {
        String storyId = "store-" + UUID.randomUUID();
        store.createIfAbsent(StoryDocument.requested(storyId, new StoryRequest("a fox", null, 1, "16:9", null, null, null),
                null, null, null, Instant.now(), null));
        StoryCharacter pip = new StoryCharacter("Pip", "fox", "a small red fox in a green scarf with a torn ear");
        List<SceneScript> scenes = List.of(new SceneScript(0, "Pip ran.", "a fox in a meadow"));

        assertThat(store.recordWritten(storyId, "Pip", "test", null, scenes, List.of(pip), Review.NONE)).isTrue();
        assertThat(store.recordWritten(storyId, "Pip again", "test", null, scenes,
                List.of(new StoryCharacter("Pip", "fox", "a blue fox")), Review.NONE)).as("written once").isFalse();

        assertThat(store.find(storyId).orElseThrow().characters()).containsExactly(pip);
        assertThat(raw(storyId).getList("characters", Document.class).getFirst())
                .containsEntry("name", "Pip").containsEntry("role", "fox")
                .containsEntry("description", "a small red fox in a green scarf with a torn ear");

        mongo.getCollection(StoryDocument.COLLECTION).updateOne(eq("_id", storyId), new Document("$unset",
                new Document("characters", "")));
        assertThat(store.find(storyId).orElseThrow().characters()).isEmpty();
    }

    /** A COMPLETED story of {@code scenes} scenes whose pictures each cost {@code pictureCost}. */
    private String completedStory(int scenes, VendorCost pictureCost) {
        String storyId = "store-" + UUID.randomUUID();
        store.createIfAbsent(StoryDocument.requested(storyId, new StoryRequest(null, "script", scenes, "16:9", null, null, null),
                null, null, null, Instant.now(), null));
        store.recordWritten(storyId, "Test", "test", null, IntStream.range(0, scenes)
                .mapToObj(i -> new SceneScript(i, "Scene " + i + ".", "a meadow " + i)).toList(), List.of(), Review.NONE);
        for (int scene = 0; scene < scenes; scene++) {
            store.recordStage(storyId, scene, Stage.IMAGE, StageState.done("test", "image-" + scene, Instant.now(), pictureCost), 0);
            store.recordStage(storyId, scene, Stage.NARRATION, StageState.narrated("test", "audio-" + scene, "captions", 2.0,
                    Instant.now(), null), 0);
            store.claimInputsGate(storyId, scene);
            store.recordStage(storyId, scene, Stage.CLIP, StageState.clipRendered("test", "clip-" + scene, 2.0, 0.0,
                    Instant.now(), null), 0);
            store.recordStage(storyId, scene, Stage.MERGE, StageState.merged("test", "video-" + scene, "captions", 2.0, 0.0,
                    Instant.now(), null), 0);
        }
        assertThat(store.claimRenderGate(storyId, scenes)).isTrue();
        assertThat(store.recordRendered(storyId, new StoryOutput("final", "srt", "vtt", 2.0 * scenes, "test", null))).isTrue();
        return storyId;
    }

    private void inputsDone(String storyId, int scene) {
        store.recordStage(storyId, scene, Stage.IMAGE, StageState.done("test", "image", Instant.now(), null), 0);
        store.recordStage(storyId, scene, Stage.NARRATION, StageState.narrated("test", "audio", "captions", 2.0, Instant.now(), null), 0);
    }

    private Document raw(String storyId) {
        return mongo.getCollection(StoryDocument.COLLECTION).find(eq("_id", storyId)).first();
    }

    private Document scene(String storyId) {
        return raw(storyId).getList("scenes", Document.class).getFirst();
    }
}
