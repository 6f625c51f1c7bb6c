package com.storyreel.image.leonardo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.VendorCost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.work.VendorJob.JobStatus;
import com.storyreel.runtime.work.VendorJobStore;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@LeonardoServiceTest
class LeonardoImageIntegrationTests {

    @RegisterExtension
    static final LeonardoStub leonardo = new LeonardoStub();

    @RegisterExtension
    static final ImageTopics topics = new ImageTopics();

    @Autowired
    AssetStore assets;

    @Autowired
    VendorJobStore jobs;

    @DynamicPropertySource
    static void leonardo(DynamicPropertyRegistry registry) {
        registry.add("LEONARDO_BASE_URL", leonardo::baseUrl);
    }

    @Test
    void storesEachScenesGenerationAsAPngOfTheFrameSizeSubmittingItOnceThoughTheStoryCameTwice() throws IOException {
        String storyId = "leonardo-" + UUID.randomUUID();
        List<SceneWritten> story = ImageTopics.story(storyId, 2);
        List<String> generationIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        for (int scene = 0; scene < 2; scene++) {
            leonardo.accepts(ImageTopics.prompt(storyId, scene), generationIds.get(scene));
            leonardo.answers(generationIds.get(scene), "PENDING", "COMPLETE");
        }

        topics.send(story);
        topics.send(story);

        await().atMost(Duration.ofSeconds(60)).until(() -> scenes(storyId).equals(Set.of(0, 1)));
        for (SceneImageGenerated image : topics.images(storyId)) {
            assertThat(image.provider()).isEqualTo("leonardo");
            assertThat(image.width()).isEqualTo(1920);
            assertThat(image.height()).isEqualTo(1080);
            assertThat(image.cost()).isEqualTo(new VendorCost("leonardo", "credits", LeonardoStub.CREDITS));
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(assets.read(image.imageKey())));
            assertThat(png.getWidth()).isEqualTo(1920);
            assertThat(png.getHeight()).isEqualTo(1080);
            assertThat(new Color(png.getRGB(200, 540)).getRed()).isGreaterThan(200);
            assertThat(new Color(png.getRGB(1720, 540)).getBlue()).isGreaterThan(200);
        }
        for (int scene = 0; scene < 2; scene++) {
            leonardo.server().verify(exactly(1), postRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS))
                    .withRequestBody(matchingJsonPath("$.prompt", equalTo(ImageTopics.prompt(storyId, scene)))));
            leonardo.server().verify(moreThanOrExactly(2),
                    getRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS + "/" + generationIds.get(scene))));
        }
        assertThat(jobs.count(storyId, JobStatus.DONE)).isEqualTo(2);
    }

    @Test
    void aGenerationLeonardoFailsFailsTheSceneWithItsReasonAndCost() {
        String storyId = "leonardo-failed-" + UUID.randomUUID();
        String generationId = UUID.randomUUID().toString();
        leonardo.accepts(ImageTopics.prompt(storyId, 0), generationId);
        leonardo.answers(generationId, "PENDING", "FAILED");

        topics.send(ImageTopics.story(storyId, 1));

        await().atMost(Duration.ofSeconds(60)).until(() -> !topics.failures(storyId).isEmpty());
        StageFailed failed = topics.failures(storyId).getFirst();
        assertThat(failed.stage()).isEqualTo(Stage.IMAGE);
        assertThat(failed.scene()).isZero();
        assertThat(failed.provider()).isEqualTo("leonardo");
        assertThat(failed.reason()).isEqualTo("Leonardo could not generate the image (status FAILED)");
        assertThat(failed.cost()).isEqualTo(new VendorCost("leonardo", "credits", LeonardoStub.CREDITS));
        assertThat(topics.images(storyId)).isEmpty();
    }

    @Test
    void aPictureLeonardoFlaggedNotSafeForWorkIsNeverDownloadedAndFailsTheSceneSayingHowToMakeItAgain() {
        String storyId = "leonardo-nsfw-" + UUID.randomUUID();
        String generationId = UUID.randomUUID().toString();
        leonardo.accepts(ImageTopics.prompt(storyId, 0), generationId);
        leonardo.answersFlagged(generationId);

        topics.send(ImageTopics.story(storyId, 1));

        await().atMost(Duration.ofSeconds(60)).until(() -> !topics.failures(storyId).isEmpty());
        StageFailed failed = topics.failures(storyId).getFirst();
        assertThat(failed.stage()).isEqualTo(Stage.IMAGE);
        assertThat(failed.reason()).startsWith("Leonardo flagged the picture as not safe for work (nsfw), so it was not used")
                .contains("Change the scene's picture prompt");
        assertThat(failed.cost()).isEqualTo(new VendorCost("leonardo", "credits", LeonardoStub.CREDITS));
        assertThat(topics.images(storyId)).isEmpty();
        leonardo.server().verify(exactly(0), getRequestedFor(urlEqualTo(LeonardoStub.imagePath(generationId))));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAndFailsTheSceneWithTheReason() {
        String storyId = "leonardo-bomb-" + UUID.randomUUID();
        String generationId = UUID.randomUUID().toString();
        leonardo.accepts(ImageTopics.prompt(storyId, 0), generationId);
        leonardo.answers(generationId, "COMPLETE");
        leonardo.servesPng(generationId, DecompressionBomb.png(30_000, 30_000));

        topics.send(ImageTopics.story(storyId, 1));

        await().atMost(Duration.ofSeconds(60)).until(() -> !topics.failures(storyId).isEmpty());
        StageFailed failed = topics.failures(storyId).getFirst();
        assertThat(failed.stage()).isEqualTo(Stage.IMAGE);
        assertThat(failed.provider()).isEqualTo("leonardo");
        assertThat(failed.reason()).contains("was refused").contains("declares 30000 x 30000 pixels");
        assertThat(topics.images(storyId)).isEmpty();
    }

    @Test
    void sendsTheStorysOwnSeedWithEveryOneOfItsScenesAndAnotherStorysWithItsOwn() {
        List<String> stories = List.of("leonardo-seed-" + UUID.randomUUID(), "leonardo-seed-" + UUID.randomUUID());
        for (String storyId : stories) {
            for (int scene = 0; scene < 3; scene++) {
                String generationId = UUID.randomUUID().toString();
                leonardo.accepts(ImageTopics.prompt(storyId, scene), generationId);
                leonardo.answers(generationId, "COMPLETE");
            }
            topics.send(ImageTopics.story(storyId, 3));
        }

        await().atMost(Duration.ofSeconds(60))
                .until(() -> stories.stream().allMatch(storyId -> scenes(storyId).equals(Set.of(0, 1, 2))));
        List<Integer> first = seeds(stories.get(0));
        List<Integer> second = seeds(stories.get(1));
        assertThat(first).hasSize(3).containsOnly(first.getFirst());
        assertThat(second).hasSize(3).containsOnly(second.getFirst());
        assertThat(first.getFirst()).isNotEqualTo(second.getFirst()).isNotNegative();
        assertThat(second.getFirst()).isNotNegative();
    }

    /** The seed of each generation submitted for the story's scenes. */
    private static List<Integer> seeds(String storyId) {
        return leonardo.server().findAll(postRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS))
                .withRequestBody(matchingJsonPath("$.prompt", containing(storyId)))).stream()
                .map(request -> JsonMapper.shared().readTree(request.getBodyAsString()).required("seed").asInt())
                .toList();
    }

    private static Set<Integer> scenes(String storyId) {
        return topics.images(storyId).stream().map(SceneImageGenerated::scene).collect(Collectors.toSet());
    }
}
