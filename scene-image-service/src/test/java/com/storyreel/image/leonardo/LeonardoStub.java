package com.storyreel.image.leonardo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Leonardo on WireMock, answering with the bodies of the vendor contract (section 2), its images served
 * from the same server as real JPEGs: the left half red, the right half blue. As a static
 * {@code @RegisterExtension} field it runs for the whole test class.
 */
final class LeonardoStub implements BeforeAllCallback, AfterAllCallback {

    static final String API = "/api/rest/v1";
    static final String GENERATIONS = API + "/generations";
    /** Leonardo's keys are UUIDs. */
    static final String KEY = "3f1c9a2e-7b4d-4e8a-9c6f-1d2e3f4a5b6c";
    static final int CREDITS = 8;

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    LeonardoStub start() {
        server.start();
        return this;
    }

    void stop() {
        server.stop();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    WireMockServer server() {
        return server;
    }

    String baseUrl() {
        return server.baseUrl() + API;
    }

    /** Accepts a POST for this prompt as {@code generationId}, billed {@link #CREDITS} credits. */
    void accepts(String prompt, String generationId) {
        server.stubFor(post(urlEqualTo(GENERATIONS)).withRequestBody(matchingJsonPath("$.prompt", equalTo(prompt)))
                .willReturn(okJson(accepted(generationId))));
    }

    static String accepted(String generationId) {
        return """
                {"sdGenerationJob": {"generationId": "%s", "apiCreditCost": %d}}""".formatted(generationId, CREDITS);
    }

    /** Answers polls of the generation with these statuses in turn, the last one for ever; COMPLETE serves an image. */
    void answers(String generationId, String... statuses) {
        String state = Scenario.STARTED;
        for (int i = 0; i < statuses.length; i++) {
            ScenarioMappingBuilder poll = get(urlEqualTo(GENERATIONS + "/" + generationId)).inScenario(generationId)
                    .whenScenarioStateIs(state);
            if (i < statuses.length - 1) {
                state = "after poll " + (i + 1);
                poll = poll.willSetStateTo(state);
            }
            server.stubFor(poll.willReturn(okJson(generation(generationId, statuses[i]))));
        }
        if (List.of(statuses).contains("COMPLETE")) {
            servesImage(generationId);
        }
    }

    /** Answers every poll of the generation COMPLETE, with its one image flagged {@code nsfw}; serves the image. */
    void answersFlagged(String generationId) {
        server.stubFor(get(urlEqualTo(GENERATIONS + "/" + generationId)).willReturn(okJson(generation(generationId,
                "COMPLETE", true))));
        servesImage(generationId);
    }

    /** GET /generations/{id} as documented; images only when COMPLETE (the list is empty while PENDING). */
    String generation(String generationId, String status) {
        return generation(generationId, status, false);
    }

    private String generation(String generationId, String status, boolean nsfw) {
        String images = !status.equals("COMPLETE") ? "" : """
                {"id": "img-%s", "url": "%s", "nsfw": %s, "likeCount": 0, "motionMP4URL": null,
                 "generated_image_variation_generics": []}""".formatted(generationId, imageUrl(generationId), nsfw);
        return """
                {"generations_by_pk": {
                  "id": "%s",
                  "status": "%s",
                  "createdAt": "2026-05-25T14:22:01.000Z",
                  "modelId": "de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3", "prompt": "...", "negativePrompt": "",
                  "imageWidth": 1024, "imageHeight": 576, "seed": 12345, "presetStyle": "ILLUSTRATION",
                  "public": false, "photoReal": false,
                  "generated_images": [%s],
                  "generation_elements": []
                }}""".formatted(generationId, status, images);
    }

    /** Leonardo's webhook for a finished generation, as its guide documents it (images under {@code images}). */
    String webhook(String generationId) {
        return """
                {"type": "image_generation.complete", "object": "generation", "timestamp": 1699490546932,
                 "api_version": "v1",
                 "data": {"object": {"id": "%s", "status": "COMPLETE", "prompt": "...",
                   "modelId": "de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3", "imageWidth": 1024, "imageHeight": 576,
                   "apiDollarCost": "0.011",
                   "images": [{"id": "img-%s", "url": "%s", "generationId": "%s", "nsfw": false}]}}}"""
                .formatted(generationId, generationId, imageUrl(generationId), generationId);
    }

    String imageUrl(String generationId) {
        return server.baseUrl() + imagePath(generationId);
    }

    void servesImage(String generationId) {
        server.stubFor(get(urlEqualTo(imagePath(generationId)))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(jpeg(1024, 576))));
    }

    /** Serves this PNG as the generation's image instead. */
    void servesPng(String generationId, byte[] png) {
        server.stubFor(get(urlEqualTo(imagePath(generationId)))
                .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(png)));
    }

    static String imagePath(String generationId) {
        return "/users/5b1c/generations/" + generationId + "/Leonardo_Phoenix_0.jpg";
    }

    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}
