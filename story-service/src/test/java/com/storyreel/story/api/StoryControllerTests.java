package com.storyreel.story.api;

import java.util.Optional;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.story.access.StoryQuotas;
import com.storyreel.story.intake.StoryRequestRules;
import com.storyreel.story.progress.StoryRetry;
import com.storyreel.story.state.StoryRequest;
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

/** The stories API's answers to bad requests, without Kafka, MongoDB or S3: problem details naming the field. */
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
}
