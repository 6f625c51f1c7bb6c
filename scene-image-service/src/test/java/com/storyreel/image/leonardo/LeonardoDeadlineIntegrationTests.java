package com.storyreel.image.leonardo;

import java.time.Duration;
import java.util.UUID;

import com.storyreel.events.StageFailed;
import com.storyreel.events.VendorCost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Generations that take longer than allowed. */
@LeonardoServiceTest
class LeonardoDeadlineIntegrationTests {

    private static final LeonardoStub leonardo = new LeonardoStub();
    private static ImageTopics topics;

    @DynamicPropertySource
    static void leonardo(DynamicPropertyRegistry registry) {
        registry.add("LEONARDO_BASE_URL", leonardo::baseUrl);
        registry.add("storyreel.leonardo.first-poll-delay", () -> "200ms");
        registry.add("storyreel.leonardo.max-poll-delay", () -> "500ms");
        registry.add("storyreel.leonardo.deadline", () -> "2s");
    }

    @BeforeAll
    static void start() {
        leonardo.start();
        topics = new ImageTopics();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        topics.close();
        leonardo.stop();
    }

    @Test
    void aGenerationStillPendingAtTheDeadlineFailsTheSceneSayingSo() {
        String storyId = "leonardo-slow-" + UUID.randomUUID();
        String generationId = UUID.randomUUID().toString();
        leonardo.accepts(ImageTopics.prompt(storyId, 0), generationId);
        leonardo.answers(generationId, "PENDING");

        topics.send(ImageTopics.story(storyId, 1));

        await().atMost(Duration.ofSeconds(60)).until(() -> !topics.failures(storyId).isEmpty());
        StageFailed failed = topics.failures(storyId).getFirst();
        assertThat(failed.provider()).isEqualTo("leonardo");
        assertThat(failed.reason()).startsWith("leonardo job " + generationId + " did not finish within")
                .endsWith("(last status: PENDING)");
        assertThat(failed.cost()).isEqualTo(new VendorCost("leonardo", "credits", LeonardoStub.CREDITS));
        assertThat(topics.images(storyId)).isEmpty();
    }
}
