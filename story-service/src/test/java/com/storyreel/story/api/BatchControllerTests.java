package com.storyreel.story.api;

import java.util.Optional;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.story.access.StoryQuotas;
import com.storyreel.story.intake.StoryRequestRules;
import com.storyreel.story.state.BatchStore;
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

/**
 * The batches API's answers to bad requests, without Kafka, MongoDB or S3: problem details naming every
 * field of every item, and nothing created or sent when any item is bad.
 */
@WebMvcTest(BatchController.class)
@Import(StoryStarter.class)
class BatchControllerTests {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private BatchStore batches;
    @MockitoBean
    private StoryStore stories;
    @MockitoBean
    private StoryIntake intake;
    @MockitoBean
    private EventPublisher publisher;
    @MockitoBean
    private AssetStore assets;
    @MockitoBean
    private StoryQuotas quotas;
    @MockitoBean
    private StoryContext storyContext;

    @BeforeEach
    void checkRequestsByTheRealRules() {
        when(intake.check(any())).thenAnswer(call -> StoryRequestRules.check(call.<StoryRequest>getArgument(0)));
    }

    private MvcTestResult create(String body) {
        return mvc.post().uri("/api/batches").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    /** Refused naming these fields, in this order, with nothing created, counted against the quota or sent. */
    private void assertRefused(MvcTestResult result, String... fields) {
        assertInvalid(result, fields);
        verifyNoInteractions(publisher, batches, stories, quotas);
    }

    private static void assertInvalid(MvcTestResult result, String... fields) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(ProblemResponses.INVALID_REQUEST.toString());
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly((Object[]) fields);
    }

    @Test
    void everyBadItemIsNamedByItsPlaceAndNothingStarts() {
        assertRefused(create("""
                {"stories": [{"prompt": "a fox"}, {"sceneCount": 3}, {"prompt": "an owl", "aspectRatio": "4:3", "scenecount": 2}]}"""),
                "stories[1].prompt", "stories[2].scenecount", "stories[2].aspectRatio");
    }

    @Test
    void aFieldOfTheWrongTypeInAnItemIsNamedByItsPlace() {
        assertRefused(create("{\"stories\": [{\"prompt\": \"a fox\"}, {\"prompt\": \"an owl\", \"sceneCount\": \"many\"}]}"),
                "stories[1].sceneCount");
    }

    @Test
    void aNullItemIsNamed() {
        assertRefused(create("{\"stories\": [{\"prompt\": \"a fox\"}, null]}"), "stories[1]");
    }

    @Test
    void anEmptyBatchIsNamedAsTheStories() {
        assertRefused(create("{\"stories\": []}"), "stories");
    }

    @Test
    void aBatchWithoutStoriesIsNamedAsTheStories() {
        assertRefused(create("{}"), "stories");
    }

    @Test
    void moreThanAHundredStoriesAreNamedAsTheStories() {
        String item = "{\"prompt\": \"a fox\"},";
        assertRefused(create("{\"stories\": [" + item.repeat(100) + "{\"prompt\": \"one too many\"}]}"), "stories");
    }

    @Test
    void anUnknownTopLevelFieldIsNamed() {
        assertRefused(create("{\"stories\": [{\"prompt\": \"a fox\"}], \"priority\": \"high\"}"), "priority");
    }

    @Test
    void storiesThatAreNotAListAreNamed() {
        assertRefused(create("{\"stories\": {\"prompt\": \"a fox\"}}"), "stories");
    }

    @Test
    void aBlankIdempotencyKeyIsNamed() {
        assertRefused(mvc.post().uri("/api/batches").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", " ")
                .content("{\"stories\": [{\"prompt\": \"a fox\"}]}").exchange(), "Idempotency-Key");
    }

    @Test
    void anIdNoBatchCanHaveIsABadRequestNamingIt() {
        assertInvalid(mvc.get().uri("/api/batches/{id}", "-not-an-id").exchange(), "batchId");
    }

    @Test
    void anUnknownBatchIsNotFound() {
        when(batches.find("ba-unknown")).thenReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri("/api/batches/ba-unknown").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(ProblemResponses.BATCH_NOT_FOUND.toString());
    }
}
