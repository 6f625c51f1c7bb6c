package com.storyreel.image.leonardo;

import java.time.Duration;
import java.util.UUID;

import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.VendorCost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.storyreel.runtime.work.VendorJob.JobStatus;
import com.storyreel.runtime.work.VendorJobStore;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Leonardo's webhook, stored as the gateway stores it, finishing jobs whose first poll is a minute away. */
@LeonardoServiceTest
class LeonardoCallbackIntegrationTests {

    @RegisterExtension
    static final LeonardoStub leonardo = new LeonardoStub();

    @RegisterExtension
    static final ImageTopics topics = new ImageTopics();

    @Autowired
    VendorJobStore jobs;

    @DynamicPropertySource
    static void leonardo(DynamicPropertyRegistry registry) {
        registry.add("LEONARDO_BASE_URL", leonardo::baseUrl);
        registry.add("storyreel.leonardo.first-poll-delay", () -> "1m");
    }

    @Test
    void aWebhookBeforeTheFirstPollFinishesTheImageWithoutAnyPoll() {
        String storyId = "leonardo-webhook-" + UUID.randomUUID();

        String generationId = completeByWebhook(storyId);

        SceneImageGenerated image = topics.images(storyId).getFirst();
        assertThat(image.scene()).isZero();
        assertThat(image.width()).isEqualTo(1920);
        assertThat(image.height()).isEqualTo(1080);
        assertThat(image.cost()).isEqualTo(new VendorCost("leonardo", "credits", LeonardoStub.CREDITS));
        leonardo.server().verify(exactly(0), getRequestedFor(urlPathMatching(LeonardoStub.GENERATIONS + "/.*")));
        leonardo.server().verify(exactly(1), getRequestedFor(urlPathMatching("/users/.*/" + generationId + "/.*")));
    }

    @Test
    void aDuplicateWebhookAfterCompletionChangesNothing() {
        String storyId = "leonardo-webhook-again-" + UUID.randomUUID();
        String generationId = completeByWebhook(storyId);

        boolean woke = jobs.recordCallback("leonardo", generationId, leonardo.webhook(generationId));

        assertThat(woke).isFalse();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> topics.images(storyId).size() == 1 && topics.failures(storyId).isEmpty());
        assertThat(jobs.count(storyId, JobStatus.DONE)).isEqualTo(1);
        leonardo.server().verify(exactly(1), getRequestedFor(urlPathMatching("/users/.*/" + generationId + "/.*")));
    }

    /** Submits a one-scene story, waits until Leonardo accepted it, then delivers the webhook; returns the generation. */
    private String completeByWebhook(String storyId) {
        String generationId = UUID.randomUUID().toString();
        leonardo.accepts(ImageTopics.prompt(storyId, 0), generationId);
        leonardo.servesImage(generationId);
        topics.send(ImageTopics.story(storyId, 1));
        await().atMost(Duration.ofSeconds(60)).until(() -> jobs.count(storyId, JobStatus.RUNNING) == 1);

        assertThat(jobs.recordCallback("leonardo", generationId, leonardo.webhook(generationId))).isTrue();

        await().atMost(Duration.ofSeconds(30)).until(() -> topics.images(storyId).size() == 1);
        return generationId;
    }
}
