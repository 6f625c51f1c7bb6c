package com.storyreel.story.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.storyreel.story.StoryServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StoryServiceTest
class VendorWebhookIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LEONARDO_TOKEN = "test-leonardo-token";
    private static final String JSON2VIDEO_SECRET = "test-json2video-secret";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void leonardoCallbackWithTheTokenIsKeptAndWakesItsJob() throws Exception {
        String generationId = UUID.randomUUID().toString();
        String jobId = runningJob("leonardo", generationId);

        var response = post("/webhooks/leonardo", "application/json", leonardoEnvelope(generationId), "Bearer " + LEONARDO_TOKEN);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(response.body()).path("jobWaiting").asBoolean()).isTrue();
        assertThat(callback("leonardo", generationId)).contains(generationId);
        assertThat(mongo.findById(jobId, Document.class, "vendor_jobs").getDate("nextPollAt")).isBeforeOrEqualTo(new Date());
    }

    @Test
    void duplicateCallbackKeepsTheFirstPayload() throws Exception {
        String generationId = UUID.randomUUID().toString();
        post("/webhooks/leonardo", "application/json", leonardoEnvelope(generationId), "Bearer " + LEONARDO_TOKEN);

        var again = post("/webhooks/leonardo", "application/json",
                "{\"data\":{\"object\":{\"id\":\"" + generationId + "\",\"status\":\"COMPLETE\",\"images\":[]}}}",
                "Bearer " + LEONARDO_TOKEN);

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(callback("leonardo", generationId)).at("/data/object/images/0/url").asString())
                .isEqualTo("https://cdn.leonardo.ai/users/u/generations/" + generationId + "/x_0.jpg");
    }

    @Test
    void leonardoCallbackWithoutTheTokenIsRefusedAndNotKept() throws Exception {
        String generationId = UUID.randomUUID().toString();

        var wrong = post("/webhooks/leonardo", "application/json", leonardoEnvelope(generationId), "Bearer guess");
        var missing = post("/webhooks/leonardo", "application/json", leonardoEnvelope(generationId), null);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(callback("leonardo", generationId)).isNull();
    }

    @Test
    void leonardoCallbackNamingNoGenerationIsABadRequestNamingTheField() throws Exception {
        var response = post("/webhooks/leonardo", "application/json", "{\"type\":\"image_generation.complete\"}",
                "Bearer " + LEONARDO_TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("errors").get(0).path("field").asString()).isEqualTo("data.object.id");
    }

    @Test
    void json2videoCallbackIsReadWhateverItsShape() throws Exception {
        String flat = randomProject();
        String envelope = randomProject();
        String form = randomProject();

        var flatResponse = post("/webhooks/json2video/" + JSON2VIDEO_SECRET, "application/json",
                "{\"width\":\"1920\",\"height\":\"1080\",\"duration\":\"10.5\",\"size\":\"4567890\",\"url\":"
                        + "\"https://assets.json2video.com/clients/x/renders/a.mp4\",\"project\":\"" + flat + "\",\"id\":\"m\"}",
                null);
        var envelopeResponse = post("/webhooks/json2video/" + JSON2VIDEO_SECRET, "application/json",
                "{\"success\":true,\"movie\":{\"status\":\"error\",\"message\":\"Scene #1: bad src\",\"project\":\""
                        + envelope + "\"}}", null);
        var formResponse = post("/webhooks/json2video/" + JSON2VIDEO_SECRET, "application/x-www-form-urlencoded",
                "project=" + form + "&url=https%3A%2F%2Fassets.json2video.com%2Fr%2Fb.mp4&duration=3.5", null);

        assertThat(flatResponse.statusCode()).isEqualTo(202);
        assertThat(envelopeResponse.statusCode()).isEqualTo(202);
        assertThat(formResponse.statusCode()).isEqualTo(202);
        assertThat(callback("json2video", flat)).contains("a.mp4");
        assertThat(callback("json2video", envelope)).contains("bad src");
        assertThat(JSON.readTree(callback("json2video", form)).path("url").asString())
                .isEqualTo("https://assets.json2video.com/r/b.mp4");
    }

    @Test
    void json2videoCallbackToAWrongSecretIsRefused() throws Exception {
        String project = randomProject();

        var response = post("/webhooks/json2video/not-the-secret", "application/json", "{\"project\":\"" + project + "\"}",
                null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain(JSON2VIDEO_SECRET);
        assertThat(callback("json2video", project)).isNull();
    }

    @Test
    void json2videoCallbackNamingNoProjectIsABadRequestNamingTheField() throws Exception {
        var response = post("/webhooks/json2video/" + JSON2VIDEO_SECRET, "application/json", "{\"url\":\"https://x\"}", null);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("project");
    }

    private String runningJob(String vendor, String vendorJobId) {
        String id = "webhook-test/" + UUID.randomUUID();
        mongo.getCollection("vendor_jobs").insertOne(new Document("_id", id).append("storyId", "webhook-test")
                .append("vendor", vendor).append("vendorJobId", vendorJobId).append("status", "RUNNING")
                .append("nextPollAt", Date.from(Instant.now().plusSeconds(3600))));
        return id;
    }

    private String callback(String vendor, String vendorJobId) {
        Document callback = mongo.findById(vendor + ":" + vendorJobId, Document.class, "vendor_callbacks");
        return callback == null ? null : callback.getString("payload");
    }

    private static String leonardoEnvelope(String generationId) {
        return "{\"type\":\"image_generation.complete\",\"object\":\"generation\",\"timestamp\":1699490546932,"
                + "\"api_version\":\"v1\",\"data\":{\"object\":{\"id\":\"" + generationId + "\",\"status\":\"COMPLETE\","
                + "\"apiDollarCost\":\"0.01\",\"images\":[{\"id\":\"img\",\"url\":\"https://cdn.leonardo.ai/users/u/generations/"
                + generationId + "/x_0.jpg\",\"generationId\":\"" + generationId + "\",\"nsfw\":false}]}}}";
    }

    private static String randomProject() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private HttpResponse<String> post(String path, String contentType, String body, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
