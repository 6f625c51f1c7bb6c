package com.storyreel.image.leonardo;

import java.time.Duration;
import java.util.UUID;

import com.storyreel.events.StageFailed;
import com.storyreel.events.VendorCost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Generations that take longer than allowed. */
@LeonardoServiceTest
class LeonardoDeadlineIntegrationTests {

    @RegisterExtension
    static final LeonardoStub leonardo = new LeonardoStub();

    @RegisterExtension
    static final ImageTopics topics = new ImageTopics();

    @DynamicPropertySource
    static void leonardo(DynamicPropertyRegistry registry) {
        registry.add("LEONARDO_BASE_URL", leonardo::baseUrl);
        registry.add("storyreel.leonardo.deadline", () -> "2s");
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
