package com.storyreel.story.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.storyreel.events.StoryCharacter;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.story.access.StoryQuotas;
import com.storyreel.story.budget.CostEstimator;
import com.storyreel.story.intake.StoryLengthRules;
import com.storyreel.story.intake.StoryRequestRules;
import com.storyreel.story.progress.SceneEdits;
import com.storyreel.story.progress.StoryApprovals;
import com.storyreel.story.progress.StoryRetry;
import com.storyreel.story.state.SceneState;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import com.storyreel.story.writing.StoryIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The stories API without Kafka, MongoDB or S3: its answers to bad requests (problem details naming the field), and a
 * story as it shows it.
 */
@WebMvcTest(StoryController.class)
@Import(StoryStarter.class)
class StoryControllerTests {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private StoryStore store;
    @MockitoBean
    private StoryIntake intake;
    @MockitoBean
    private StoryRetry retry;
    @MockitoBean
    private EventPublisher publisher;
    @MockitoBean
    private AssetStore assets;
    @MockitoBean
    private StoryProgressStream progressStream;
    @MockitoBean
    private StoryQuotas quotas;
    @MockitoBean
    private StoryContext storyContext;
    @MockitoBean
    private StoryApprovals approvals;
    @MockitoBean
    private SceneEdits sceneEdits;
    @MockitoBean
    private StoryLengthRules lengthRules;
    @MockitoBean
    private CostEstimator estimator;

    @BeforeEach
    void checkRequestsByTheRealRules() {
        when(intake.check(any())).thenAnswer(call -> StoryRequestRules.check(call.<StoryRequest>getArgument(0)));
    }

    private MvcTestResult create(String body) {
        return mvc.post().uri("/api/stories").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static void assertInvalid(MvcTestResult result, String field) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(ProblemResponses.INVALID_REQUEST.toString());
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
    }

    @Test
    void aPromptAndAScriptTogetherAreRefusedNamingTheScript() {
        assertInvalid(create("{\"prompt\": \"a fox\", \"script\": \"A fox ran.\"}"), "script");
        verifyNoInteractions(publisher);
    }

    @Test
    void aMisspeltFieldIsNamedRatherThanIgnored() {
        assertInvalid(create("{\"prompt\": \"a fox\", \"scenecount\": 3}"), "scenecount");
    }

    @Test
    void anUnknownReviewPointIsNamed() {
        assertInvalid(create("{\"prompt\": \"a fox\", \"review\": \"later\"}"), "review");
    }

    @Test
    void aSceneCountOutOfRangeIsNamed() {
        assertInvalid(create("{\"prompt\": \"a fox\", \"sceneCount\": 21}"), "sceneCount");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        assertInvalid(create("{\"prompt\": \"a fox\", \"sceneCount\": \"many\"}"), "sceneCount");
    }

    @Test
    void aBodyThatIsNotJsonIsNamedAsTheBody() {
        assertInvalid(create("{\"prompt\": "), "body");
    }

    @Test
    void aBodyThatIsNotDeclaredJsonIsNamedAsTheBody() {
        assertInvalid(mvc.post().uri("/api/stories").contentType(MediaType.TEXT_PLAIN).content("a fox").exchange(), "body");
    }

    @Test
    void aBlankIdempotencyKeyIsNamed() {
        assertInvalid(mvc.post().uri("/api/stories").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", " ")
                .content("{\"prompt\": \"a fox\"}").exchange(), "Idempotency-Key");
    }

    @Test
    void aPageSizeOutOfRangeIsNamed() {
        assertInvalid(mvc.get().uri("/api/stories?size=101").exchange(), "size");
    }

    @Test
    void anIdNoStoryCanHaveIsABadRequestNamingIt() {
        assertInvalid(mvc.get().uri("/api/stories/{id}", "-not-an-id").exchange(), "storyId");
    }

    @Test
    void anUnknownStoryIsNotFound() {
        when(store.find("st-unknown")).thenReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri("/api/stories/st-unknown").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(ProblemResponses.NOT_FOUND.toString());
    }

    @Test
    void anEmptyNarrationIsNamed() {
        storyIs(StoryStatus.COMPLETED);
        assertInvalid(editScene("0", "{\"narration\": \"  \"}"), "narration");
        verifyNoInteractions(sceneEdits);
    }

    @Test
    void anEditWithNoTextNamesWhatIsMissing() {
        storyIs(StoryStatus.COMPLETED);
        assertInvalid(editScene("0", "{}"), "narration");
    }

    @Test
    void aSceneTheStoryDoesNotHaveIsNamedAsTheIndex() {
        storyIs(StoryStatus.COMPLETED);
        assertInvalid(editScene("3", "{\"narration\": \"A fox swam.\"}"), "index");
        assertInvalid(editScene("first", "{\"narration\": \"A fox swam.\"}"), "index");
    }

    @Test
    void aNarrationOverTheStorysCapsIsNamed() {
        storyIs(StoryStatus.COMPLETED);
        when(lengthRules.refusal(any())).thenReturn(Optional.of("Scene 1's narration has 2000 characters"));
        assertInvalid(editScene("0", "{\"narration\": \"A fox swam.\"}"), "narration");
    }

    @Test
    void editingAStoryStillBeingMadeIsAConflictNamingItsState() {
        storyIs(StoryStatus.GENERATING);
        MvcTestResult result = editScene("0", "{\"narration\": \"A fox swam.\"}");
        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.storyStatus").isEqualTo("GENERATING");
        verifyNoInteractions(sceneEdits);
    }

    @Test
    void textEqualToTheScenesOwnChangesNothing() {
        storyIs(StoryStatus.COMPLETED);
        assertThat(editScene("0", "{\"narration\": \"A fox ran.\", \"imagePrompt\": \"a fox\"}")).hasStatus(HttpStatus.ACCEPTED);
        verifyNoInteractions(sceneEdits);
    }

    @Test
    void approvingAStoryThatIsNotWaitingIsAConflictNamingItsState() {
        storyIs(StoryStatus.COMPLETED);
        MvcTestResult result = mvc.post().uri("/api/stories/st-1/approve").exchange();
        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.storyStatus").isEqualTo("COMPLETED");
        verifyNoInteractions(approvals);
    }

    private MvcTestResult editScene(String index, String body) {
        return mvc.patch().uri("/api/stories/st-1/scenes/" + index).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    @Test
    void aStoryShowsItsCharactersNamedWithRoleAndDescription() {
        storyIs(StoryStatus.COMPLETED);

        MvcTestResult result = mvc.get().uri("/api/stories/st-1").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.characters[0]").isEqualTo(Map.of("name", "Pip", "role", "fox",
                "description", "a small red fox in a green scarf with a torn ear"));
        assertThat(result).bodyJson().extractingPath("$.characters.length()").isEqualTo(1);
    }

    /** Story st-1, one scene ("A fox ran.", "a fox") with one character, Pip the fox, in the given state. */
    private void storyIs(StoryStatus status) {
        Instant now = Instant.now();
        when(store.find("st-1")).thenReturn(Optional.of(new StoryDocument("st-1", status,
                new StoryRequest("a fox", null, 1, "16:9", null, null, null), null, null, "hash", 0, "The Fox", "offline-writer",
                null, null, List.of(SceneState.written(0, "A fox ran.", "a fox")), null, null, null, now, now, null, null, null,
                List.of(), List.of(), List.of(new StoryCharacter("Pip", "fox", "a small red fox in a green scarf with a torn ear")))));
    }
}
