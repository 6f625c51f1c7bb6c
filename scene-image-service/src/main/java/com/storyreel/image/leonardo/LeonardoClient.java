package com.storyreel.image.leonardo;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.storyreel.events.AspectRatio;
import com.storyreel.events.VendorCost;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.vendor.RetryAfter;
import com.storyreel.runtime.vendor.VendorException;
import com.storyreel.runtime.vendor.VendorGuard;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;

/**
 * Leonardo.ai's REST API v1: starts an image generation and reads how it is doing. Failures become
 * {@link VendorException}s with Leonardo's own message; the key never appears in any of them.
 */
public class LeonardoClient {

    /** The vendor's name in guards, costs, jobs and callbacks. */
    public static final String VENDOR = "leonardo";

    private static final String GENERATIONS_LIMITER = "leonardo-generations";
    private static final Set<String> ALCHEMY_PRESETS = Set.of("ANIME", "CREATIVE", "DYNAMIC", "ENVIRONMENT", "GENERAL",
            "ILLUSTRATION", "PHOTOGRAPHY", "RAYTRACED", "RENDER_3D", "SKETCH_BW", "SKETCH_COLOR", "NONE");
    private static final Map<String, String> STORY_PRESETS = Map.of("storybook", "ILLUSTRATION", "watercolor",
            "ILLUSTRATION", "flat", "ILLUSTRATION", "noir", "NONE");

    private final LeonardoProperties props;
    private final RestClient http;
    private final VendorGuard submissions;
    private final VendorGuard reads;
    private final JsonMapper json;
    private final Clock clock;

    public LeonardoClient(LeonardoProperties props, VendorHttp http, VendorGuards guards, JsonMapper json, Clock clock) {
        this.props = props;
        this.http = http.client("leonardo", props.baseUrl(), props.readTimeout());
        this.submissions = guards.guard(VENDOR, GENERATIONS_LIMITER);
        this.reads = guards.guard(VENDOR);
        this.json = json;
        this.clock = clock;
    }

    /**
     * Starts the generation of one image of the frame's shape from {@code seed}. Leonardo bills it once accepted, so
     * only a rate limit (not accepted) is retried; a 5xx or a timeout is not, since the generation may exist.
     */
    public Accepted generate(String prompt, String style, AspectRatio frame, int seed) {
        GenerationSize size = GenerationSize.of(frame, props.maxSide());
        String body = json.writeValueAsString(new GenerationRequest(prompt, props.modelId(), size.width(), size.height(),
                1, presetStyle(style, props.alchemy()), props.alchemy(),
                props.negativePrompt().isBlank() ? null : props.negativePrompt(), seed));
        return submissions.callOnce(() -> post(body));
    }

    /** How a generation is doing (a read, repeated on rate limits and outages). */
    public Generation generation(String generationId) {
        return reads.call(() -> get(generationId));
    }

    private Accepted post(String body) {
        String call = "POST /generations";
        try {
            return http.post().uri("/generations")
                    .headers(this::jsonWithKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((request, response) -> {
                        String answer = read(response);
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw failure(call, response.getStatusCode(), response.getHeaders(), answer, true);
                        }
                        return accepted(call, answer);
                    });
        }
        catch (ResourceAccessException ex) {
            throw unreachable(call, ex, true);
        }
    }

    private Generation get(String generationId) {
        String call = "GET /generations/" + generationId;
        try {
            return http.get().uri("/generations/{id}", generationId)
                    .headers(this::jsonWithKey)
                    .exchange((request, response) -> {
                        String answer = read(response);
                        // An unknown id is a 404 or, Hasura style, a 200 with a null row: both are documented guesses.
                        if (response.getStatusCode().value() == 404) {
                            throw unknown(generationId, "HTTP 404");
                        }
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw failure(call, response.getStatusCode(), response.getHeaders(), answer, false);
                        }
                        JsonNode generation = tree(call, answer).path("generations_by_pk");
                        if (!generation.isObject()) {
                            throw unknown(generationId, "generations_by_pk is null");
                        }
                        return Generation.from(generation);
                    });
        }
        catch (ResourceAccessException ex) {
            throw unreachable(call, ex, false);
        }
    }

    private void jsonWithKey(HttpHeaders headers) {
        headers.setBearerAuth(props.apiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    }

    private Accepted accepted(String call, String answer) {
        JsonNode job = tree(call, answer).path("sdGenerationJob");
        String id = text(job.path("generationId"));
        if (id == null) {
            throw VendorException.fatal(VENDOR, call + " answered without a generation job (sdGenerationJob is "
                    + (job.isObject() ? "missing its generationId" : "null") + ")");
        }
        JsonNode credits = job.path("apiCreditCost");
        return new Accepted(id, credits.isNumber() ? credits.doubleValue() : null);
    }

    private VendorException failure(String call, HttpStatusCode status, HttpHeaders headers, String answer,
            boolean submission) {
        int code = status.value();
        ApiError error = apiError(answer);
        String detail = call + " answered HTTP " + code + error.describe();
        if (code == 401 || code == 403 || error.refusesTheKey()) {
            return VendorException.fatal(VENDOR, "the API key was refused (" + detail + "); check LEONARDO_API_KEY");
        }
        if (code == 429) {
            return VendorException.retryable(VENDOR, "rate limited (" + detail + ")", RetryAfter.from(headers, clock));
        }
        if (code >= 500) {
            VendorException failure = VendorException.retryable(VENDOR, detail, (Duration) null);
            return submission ? failure.unsafeToRepeat() : failure;
        }
        return VendorException.fatal(VENDOR, "refused the request (" + detail + ")");
    }

    private static VendorException unknown(String generationId, String answer) {
        return VendorException.fatal(VENDOR, "Leonardo does not know generation " + generationId + " (" + answer + ")");
    }

    /** A call that got no answer: repeatable unless it may have reached Leonardo as a submission. */
    private static VendorException unreachable(String call, ResourceAccessException ex, boolean submission) {
        Throwable cause = ex.getCause() == null ? ex : ex.getCause();
        boolean neverSent = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        VendorException failure = VendorException.retryable(VENDOR, call + " got no answer: " + reason, ex);
        return submission && !neverSent ? failure.unsafeToRepeat() : failure;
    }

    /**
     * Leonardo's preset style for the story's style, among those valid with the alchemy setting (per the
     * official SDK: with alchemy the listed presets, without it only LEONARDO or NONE). The style's words
     * are in the prompt already, so NONE is always safe.
     */
    static String presetStyle(String style, boolean alchemy) {
        if (!alchemy) {
            return "NONE";
        }
        String name = style == null || style.isBlank() ? "storybook" : style.strip().toLowerCase(Locale.ROOT);
        String preset = name.replace('-', '_').toUpperCase(Locale.ROOT);
        return STORY_PRESETS.getOrDefault(name, ALCHEMY_PRESETS.contains(preset) ? preset : "DYNAMIC");
    }

    private JsonNode tree(String call, String answer) {
        try {
            return json.readTree(answer);
        }
        catch (JacksonException ex) {
            throw VendorException.fatal(VENDOR, call + " answered with unreadable JSON: " + snippet(answer));
        }
    }

    private ApiError apiError(String answer) {
        try {
            JsonNode error = json.readTree(answer);
            if (error.isObject() && text(error.path("error")) != null) {
                return new ApiError(text(error.path("error")), text(error.path("code")), answer);
            }
        }
        catch (JacksonException notJson) {
            // Proxies in front of Leonardo answer in HTML or plain text.
        }
        return new ApiError(null, null, answer);
    }

    private static String read(ClientHttpResponse response) throws IOException {
        return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String snippet(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }

    static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }

    /**
     * A generation Leonardo accepted.
     *
     * @param credits the API credits it costs, when Leonardo says (Production API users only)
     */
    public record Accepted(String generationId, Double credits) {

        public VendorCost cost() {
            return creditCost(credits);
        }
    }

    /** What Leonardo bills, in its own unit; null when it did not say. */
    static VendorCost creditCost(Double credits) {
        return credits == null ? null : new VendorCost(VENDOR, "credits", credits);
    }

    /**
     * A generation as Leonardo describes it, from a poll ({@code generated_images}) or a webhook ({@code images}).
     *
     * @param status PENDING, COMPLETE or FAILED; null when a webhook leaves it out
     * @param images the images that may be used: every one Leonardo did not flag {@code nsfw}
     * @param flagged how many images Leonardo flagged {@code nsfw}: they are never used, since these pictures are
     *        for stories people make for children
     */
    public record Generation(String id, String status, List<URI> images, int flagged) {

        static Generation from(JsonNode generation) {
            JsonNode images = generation.path("generated_images").isArray() ? generation.path("generated_images")
                    : generation.path("images");
            List<URI> urls = new ArrayList<>();
            int flagged = 0;
            for (JsonNode image : images.values()) {
                String url = text(image.path("url"));
                if (image.path("nsfw").asBoolean(false)) {
                    flagged++;
                }
                else if (url != null && !url.isBlank()) {
                    urls.add(URI.create(url));
                }
            }
            return new Generation(text(generation.path("id")), text(generation.path("status")), List.copyOf(urls), flagged);
        }
    }

    /** Leonardo's Hasura-style error body {@code {"error","path","code"}}, or whatever else came back. */
    private record ApiError(String message, String code, String raw) {

        /** The auth hook's refusals, whatever status they come with (Leonardo does not document the codes). */
        boolean refusesTheKey() {
            String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
            return "access-denied".equals(code) || lower.contains("authorization hook")
                    || lower.contains("authentication hook");
        }

        /** ": message (code)", the start of a body that is not Leonardo's error, or nothing. */
        String describe() {
            if (message != null) {
                return ": " + message + (code == null ? "" : " (" + code + ")");
            }
            return raw.isBlank() ? "" : ": " + snippet(raw);
        }
    }

    /** The body of {@code POST /generations}; the wire names mix camelCase and snake_case. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GenerationRequest(String prompt, String modelId, int width, int height,
            @JsonProperty("num_images") int numImages, String presetStyle, boolean alchemy,
            @JsonProperty("negative_prompt") String negativePrompt, int seed) {
    }
}
