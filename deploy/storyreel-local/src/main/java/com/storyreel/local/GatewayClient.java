package com.storyreel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the REST gateway as any client would, with an API key when it has one. */
final class GatewayClient {

    private final URI base;
    private final Optional<String> apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    GatewayClient(String baseUrl, Optional<String> apiKey) {
        this.base = URI.create(baseUrl);
        this.apiKey = apiKey;
    }

    /** True when a StoryReel gateway answers here; throws when one does but refuses the key. */
    boolean isUp() {
        try {
            var response = http.send(gateway("/api/stories?size=1").timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                throw new IllegalStateException("The StoryReel at " + base + " wants an API key: set STORYREEL_API_KEYS to one of its keys");
            }
            return response.statusCode() == 200 && response.body().contains("\"items\"");
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks for a story; returns its id, or throws with the gateway's problem detail. */
    String create(Object body) {
        var request = gateway("/api/stories")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                .build();
        var response = send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("The gateway refused the story (" + response.statusCode() + "): "
                    + problemDetail(response.body()));
        }
        return json.readTree(response.body()).path("storyId").asString();
    }

    /**
     * Asks for a batch of stories under an Idempotency-Key; returns the gateway's answer (the batch id and each
     * story's id, in order), or throws {@link Refused} with the problem, whose {@code errors} name each item's field
     * as {@code stories[i].field}.
     */
    JsonNode createBatch(Object body, String idempotencyKey) {
        var request = gateway("/api/batches")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                .build();
        var response = send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new Refused(response.statusCode(), problem(response.body()), "The gateway refused the batch ("
                    + response.statusCode() + "): " + problemDetail(response.body()));
        }
        return json.readTree(response.body());
    }

    JsonNode batch(String batchId) {
        var response = send(gateway("/api/batches/" + batchId).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Could not read batch " + batchId + ": " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    JsonNode story(String storyId) {
        var response = send(gateway("/api/stories/" + storyId).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Could not read story " + storyId + ": " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    /** Follows the story's server-sent progress events until the stream ends. */
    void follow(String storyId, Consumer<JsonNode> onProgress) {
        var request = gateway("/api/stories/" + storyId + "/events").header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = send(request, HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = response.body()) {
            StringBuilder data = new StringBuilder();
            lines.forEach(line -> {
                if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                }
                else if (line.isEmpty() && !data.isEmpty()) {
                    onProgress.accept(json.readTree(data.toString()));
                    data.setLength(0);
                }
            });
        }
    }

    /** A request to the gateway, with the key; never used for other hosts, which must not see it. */
    private HttpRequest.Builder gateway(String path) {
        var request = HttpRequest.newBuilder(base.resolve(path));
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        return request;
    }

    void download(String url, Path target) {
        var response = send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofFile(target));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Could not download " + target.getFileName() + ": " + response.statusCode());
        }
    }

    String pretty(JsonNode node) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /** The problem the gateway answered, or an empty object when the body is not one. */
    private JsonNode problem(String body) {
        try {
            return json.readTree(body);
        }
        catch (RuntimeException ex) {
            return json.createObjectNode();
        }
    }

    private String problemDetail(String body) {
        try {
            JsonNode problem = json.readTree(body);
            return problem.path("detail").asString(body);
        }
        catch (RuntimeException ex) {
            return body;
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not reach the gateway at " + base + ": " + ex.getMessage(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", ex);
        }
    }

    /** The gateway answered a request with an error; the problem it gave, when it gave one. */
    static final class Refused extends IllegalStateException {

        private final int status;
        private final transient JsonNode problem;

        Refused(int status, JsonNode problem, String message) {
            super(message);
            this.status = status;
            this.problem = problem;
        }

        int status() {
            return status;
        }

        JsonNode problem() {
            return problem;
        }
    }
}
