package com.storyreel.image.leonardo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.storyreel.events.Stage;
import com.storyreel.events.VendorCost;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.work.JobProgress;
import com.storyreel.runtime.work.VendorJob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class LeonardoImageJobHandlerTests {

    private static final String ID = "f3e95b9a-37a4-4f3a-9c40-2c1a3c0a2dd1";
    private static final URI IMAGE = URI.create("https://cdn.leonardo.ai/users/u/generations/g/x_0.jpg");
    private static final VendorCost EIGHT_CREDITS = new VendorCost("leonardo", "credits", 8);

    private final LeonardoClient client = mock(LeonardoClient.class);
    private final LeonardoImageJobHandler handler = new LeonardoImageJobHandler(
            LeonardoClientTests.properties("https://cloud.leonardo.ai/api/rest/v1", Duration.ofSeconds(30), ""), client,
            mock(VendorDownloads.class), mock(AssetStore.class), JsonMapper.builder().build());

    @Test
    void aCompleteGenerationWithAnImageIsFinished() {
        when(client.generation(ID)).thenReturn(new LeonardoClient.Generation(ID, "COMPLETE", List.of(IMAGE), 0));

        assertThat(handler.poll(job(null))).isEqualTo(new JobProgress.Finished("COMPLETE", List.of(IMAGE), null));
    }

    @Test
    void aCompleteGenerationWithoutImagesFailsWithTheReason() {
        when(client.generation(ID)).thenReturn(new LeonardoClient.Generation(ID, "COMPLETE", List.of(), 0));

        assertThat(handler.poll(job(null))).isEqualTo(new JobProgress.Failed(
                "Leonardo reported generation " + ID + " COMPLETE without any image", null));
    }

    @Test
    void aCompleteGenerationWhosePictureWasFlaggedFailsSayingHowToMakeItAgain() {
        when(client.generation(ID)).thenReturn(new LeonardoClient.Generation(ID, "COMPLETE", List.of(), 1));

        assertThat(handler.poll(job(null))).isEqualTo(new JobProgress.Failed("Leonardo flagged the picture as not safe"
                + " for work (nsfw), so it was not used. Change the scene's picture prompt"
                + " (PATCH /api/stories/{id}/scenes/{index}) to make it again.", null));
    }

    @Test
    void aFailedGenerationFails() {
        when(client.generation(ID)).thenReturn(new LeonardoClient.Generation(ID, "FAILED", List.of(), 0));

        assertThat(handler.poll(job(null))).isEqualTo(
                new JobProgress.Failed("Leonardo could not generate the image (status FAILED)", null));
    }

    @Test
    void aPendingGenerationIsPending() {
        when(client.generation(ID)).thenReturn(new LeonardoClient.Generation(ID, "PENDING", List.of(), 0));

        assertThat(handler.poll(job(null))).isEqualTo(new JobProgress.Pending("PENDING"));
    }

    @Test
    void readsTheDocumentedWebhook() {
        String webhook = """
                {"type":"image_generation.complete","object":"generation","timestamp":1699490546932,"api_version":"v1",
                 "data":{"object":{"id":"%s","status":"COMPLETE","imageWidth":1024,"imageHeight":576,
                   "images":[{"id":"i","url":"%s","generationId":"%s","nsfw":false}]}}}""".formatted(ID, IMAGE, ID);

        assertThat(handler.read(job(EIGHT_CREDITS), webhook))
                .isEqualTo(new JobProgress.Finished("COMPLETE", List.of(IMAGE), null));
    }

    @Test
    void takesTheWebhooksCostOnlyWhenTheSubmissionGaveNone() {
        String webhook = """
                {"data":{"object":{"id":"%s","apiCreditCost":8,"generated_images":[{"url":"%s"}]}}}"""
                .formatted(ID, IMAGE);

        assertThat(handler.read(job(null), webhook))
                .isEqualTo(new JobProgress.Finished("COMPLETE", List.of(IMAGE), EIGHT_CREDITS));
        assertThat(handler.read(job(EIGHT_CREDITS), webhook))
                .isEqualTo(new JobProgress.Finished("COMPLETE", List.of(IMAGE), null));
    }

    @Test
    void leavesAnInconclusiveWebhookToThePoll() {
        assertThat(handler.read(job(null), "not json")).isInstanceOf(JobProgress.Pending.class);
        assertThat(handler.read(job(null), "{\"type\":\"image_generation.started\",\"data\":{\"object\":{\"id\":\"" + ID
                + "\",\"images\":[{\"url\":\"" + IMAGE + "\"}]}}}")).isInstanceOf(JobProgress.Pending.class);
        assertThat(handler.read(job(null), "{\"data\":{\"object\":{\"id\":\"" + ID + "\",\"status\":\"PENDING\"}}}"))
                .isInstanceOf(JobProgress.Pending.class);
        assertThat(handler.read(job(null), "{\"data\":{\"object\":{\"id\":\"other\",\"images\":[{\"url\":\"" + IMAGE
                + "\"}]}}}")).isInstanceOf(JobProgress.Pending.class);
        assertThat(handler.read(job(null), "{\"type\":\"image_generation.complete\"}")).isInstanceOf(JobProgress.Pending.class);
    }

    @Test
    void waitsLongerBetweenPollsUpToTheLimit() {
        assertThat(handler.pollDelay(0)).isEqualTo(Duration.ofSeconds(3));
        assertThat(handler.pollDelay(1)).isEqualTo(Duration.ofMillis(4500));
        assertThat(handler.pollDelay(10)).isEqualTo(Duration.ofSeconds(15));
        assertThat(handler.deadline()).isEqualTo(Duration.ofMinutes(10));
    }

    private static VendorJob job(VendorCost cost) {
        return new VendorJob("story/0/image/hash", "story", 0, Stage.IMAGE, "hash", "leonardo", "leonardo-image", ID,
                VendorJob.JobStatus.RUNNING, 0, 1, Instant.now(), Instant.now().plusSeconds(600), "leonardo",
                "imageGenerated", "token", "com.storyreel.events.StoryWritten", "{}", null, cost, "PENDING", null,
                Instant.now());
    }
}
