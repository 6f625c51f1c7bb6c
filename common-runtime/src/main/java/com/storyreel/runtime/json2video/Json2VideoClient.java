package com.storyreel.runtime.json2video;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import com.storyreel.runtime.vendor.RetryAfter;
import com.storyreel.runtime.vendor.VendorException;
import com.storyreel.runtime.vendor.VendorGuard;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;

/**
 * The JSON2Video v2 API: starts renders ({@code POST /movies}), asks how they are doing ({@code GET
 * /movies?project=}), finds a render by our id among those it lists ({@code GET /movies}) and reads its webhooks. A POST starts a billed render and is not idempotent, so it is accepted
 * once: it is sent again only after a 429 (JSON2Video did not take it), never after a 5xx or a timeout; status reads
 * are retried on rate limits, 5xx and network errors. Error texts are read as the
 * vendor's own client does: {@code message}, then {@code error}, then the HTTP status text.
 */
public class Json2VideoClient {

    /** The vendor's name on guards, jobs, callbacks and costs. */
    public static final String VENDOR = "json2video";

    private static final Logger log = LoggerFactory.getLogger(Json2VideoClient.class);

    /** The {@code client-data} keys: our unit of work, and the context its completion needs. */
    private static final String UNIT = "unit";
    private static final String CONTEXT = "context";

    private final Json2VideoProperties props;
    private final RestClient http;
    private final VendorGuard guard;
    private final JsonMapper json;
    private final Clock clock;

    public Json2VideoClient(Json2VideoProperties props, VendorHttp http, VendorGuards guards, JsonMapper json, Clock clock) {
        this.props = props;
        this.http = http.client("json2video", props.apiBase(), props.requestTimeout());
        this.guard = guards.guard(VENDOR);
        this.json = json;
        this.clock = clock;
    }

    public Json2VideoProperties properties() {
        return props;
    }

    /**
     * Starts rendering a movie; returns its project id. Accepted once: a 429 is waited out and the POST sent again,
     * and a failure that may have reached JSON2Video (a timeout, a 5xx) is marked unsafe to repeat.
     *
     * @param correlationId our id for the work, sent as {@code client-data} so a render can be traced back to it
     * @param context what finishing the render needs besides its input (or null), sent in {@code client-data} too so
     *        a render found after a cut-off submission ({@link #findSubmitted}) can be finished like any other
     */
    public String submit(String correlationId, String context, Movie movie) {
        List<Movie.Export> exports = props.webhookUrl().isEmpty() ? null
                : List.of(new Movie.Export(List.of(Movie.Destination.webhook(props.webhookUrl()))));
        Map<String, String> clientData = context == null ? Map.of(UNIT, correlationId)
                : Map.of(UNIT, correlationId, CONTEXT, context);
        byte[] body = json.writeValueAsBytes(movie.sentWith(props.quality(), clientData, exports));
        String project = guard.callOnce(() -> post(body));
        log.debug("JSON2Video accepted the movie for {} as project {}", correlationId, project);
        return project;
    }

    /**
     * Looks for a render submitted for {@code correlationId} that we never recorded (the service stopped while
     * JSON2Video was accepting it), among the movies {@code GET /movies} lists without a project, by the
     * {@code client-data} each echoes. Only the first page is read: the listing names {@code has_next} and
     * {@code next_token}, but the contract documents no parameter to ask for the next page. A read, retried like a
     * status read.
     */
    public Optional<Submitted> findSubmitted(String correlationId) {
        return guard.call(() -> list(correlationId));
    }

    /** A render found at JSON2Video for our work, with the context sent along with it. */
    public record Submitted(String project, String context) {
    }

    /** How a render is doing; a render that failed at JSON2Video is a status (error or timeout), not an exception. */
    public MovieStatus status(String project) {
        return guard.call(() -> get(project));
    }

    /**
     * Reads a webhook body in any of its documented shapes: the flat export payload (numbers as strings), the
     * tutorial's {@code {project, status, url|message}}, or the status envelope {@code {success, movie:{...}}}.
     * Empty when it is not a JSON object at all.
     */
    public Optional<MovieStatus> callback(String payload) {
        JsonNode root;
        try {
            root = json.readTree(payload == null ? "" : payload);
        }
        catch (JacksonException ex) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        return Optional.of(MovieStatus.of(root.path("movie").isObject() ? root.path("movie") : root));
    }

    private String post(byte[] body) {
        try {
            return http.post().uri("/movies")
                    .header("x-api-key", props.apiKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((request, response) -> accepted(response));
        }
        catch (ResourceAccessException ex) {
            throw VendorException.retryable(VENDOR, "submitting the movie failed (" + cause(ex)
                    + "); the render may have started, so it was not submitted again", ex).unsafeToRepeat();
        }
    }

    private String accepted(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        JsonNode body = body(response);
        if (status / 100 != 2) {
            throw failure(status, body, response, true);
        }
        String project = body.path("project").asString("").strip();
        boolean refused = body.path("success").isBoolean() && !body.path("success").booleanValue();
        if (refused || project.isEmpty()) {
            throw VendorException.fatal(VENDOR, "the movie was not accepted: " + text(body, response) + " (HTTP " + status + ")");
        }
        return project;
    }

    private MovieStatus get(String project) {
        try {
            return http.get().uri(uri -> uri.path("/movies").queryParam("project", "{project}").build(project))
                    .header("x-api-key", props.apiKey())
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> movie(project, response));
        }
        catch (ResourceAccessException ex) {
            throw VendorException.retryable(VENDOR, "asking about render " + project + " failed (" + cause(ex) + ")", ex);
        }
    }

    private Optional<Submitted> list(String correlationId) {
        try {
            return http.get().uri("/movies")
                    .header("x-api-key", props.apiKey())
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> listed(correlationId, response));
        }
        catch (ResourceAccessException ex) {
            throw VendorException.retryable(VENDOR, "listing the movies failed (" + cause(ex) + ")", ex);
        }
    }

    private Optional<Submitted> listed(String correlationId, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        JsonNode body = body(response);
        if (status / 100 != 2) {
            throw failure(status, body, response, false);
        }
        if (!body.path("movies").isArray()) {
            throw VendorException.fatal(VENDOR, "the movie listing came without movies: " + text(body, response)
                    + " (HTTP " + status + ")");
        }
        for (JsonNode movie : body.path("movies")) {
            JsonNode clientData = movie.path("client-data");
            String project = movie.path("project").asString("").strip();
            if (correlationId.equals(clientData.path(UNIT).asString("")) && !project.isEmpty()) {
                JsonNode context = clientData.path(CONTEXT);
                return Optional.of(new Submitted(project, context.isString() ? context.stringValue() : null));
            }
        }
        return Optional.empty();
    }

    private MovieStatus movie(String project, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        JsonNode body = body(response);
        if (status / 100 != 2) {
            throw failure(status, body, response, false);
        }
        JsonNode movie = body.path("movie");
        if (!movie.isObject()) {
            throw VendorException.fatal(VENDOR, "the status of render " + project + " came without a movie: "
                    + text(body, response) + " (HTTP " + status + ")");
        }
        return MovieStatus.of(movie);
    }

    /**
     * The failure for an error answer. A key JSON2Video does not accept is reported as such (it answers 400, or 401
     * by older docs); the other 4xx (quota, validation) are fatal with the vendor's text; 429 and 5xx may pass.
     */
    private VendorException failure(int status, JsonNode body, ClientHttpResponse response, boolean submission)
            throws IOException {
        String text = text(body, response);
        String code = body.path("code").asString("").strip();
        String detail = text + " (HTTP " + status + (code.isEmpty() ? "" : ", code " + code) + ")";
        if ((status == 400 || status == 401 || status == 403) && text.toLowerCase(Locale.ROOT).contains("api key")) {
            return VendorException.fatal(VENDOR, "JSON2Video rejected the API key: " + detail);
        }
        if (status == 429 || status == 408) {
            // Not accepted, so safe to repeat: the guard sends a submission again after the wait.
            return VendorException.retryable(VENDOR, detail, RetryAfter.from(response.getHeaders(), clock));
        }
        if (status >= 500) {
            return submission ? VendorException.retryable(VENDOR, detail
                    + "; the render may have started, so it was not submitted again", (Throwable) null).unsafeToRepeat()
                    : VendorException.retryable(VENDOR, detail, RetryAfter.from(response.getHeaders(), clock));
        }
        return VendorException.fatal(VENDOR, detail);
    }

    private JsonNode body(ClientHttpResponse response) throws IOException {
        byte[] bytes = response.getBody().readAllBytes();
        try {
            JsonNode node = bytes.length == 0 ? null : json.readTree(bytes);
            return node == null ? MissingNode.getInstance() : node;
        }
        catch (JacksonException notJson) {
            return MissingNode.getInstance();
        }
    }

    /** The vendor's reason: {@code message}, then {@code error}, then the status text. */
    private static String text(JsonNode body, ClientHttpResponse response) throws IOException {
        for (String field : List.of("message", "error")) {
            String value = body.path(field).isString() ? body.path(field).stringValue().strip() : "";
            if (!value.isEmpty()) {
                return value;
            }
        }
        String statusText = response.getStatusText();
        if (statusText != null && !statusText.isBlank()) {
            return statusText.strip();
        }
        HttpStatus known = HttpStatus.resolve(response.getStatusCode().value());
        return known == null ? "no reason given" : known.getReasonPhrase();
    }

    private static String cause(ResourceAccessException ex) {
        Throwable cause = ex.getMostSpecificCause();
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
