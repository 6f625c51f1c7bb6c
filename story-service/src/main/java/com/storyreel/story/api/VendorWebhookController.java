package com.storyreel.story.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import com.storyreel.runtime.work.VendorJobStore;
import com.storyreel.story.intake.StoryRequestRules.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where Leonardo and JSON2Video say a job ended. A callback is only kept, not acted on: it is stored
 * beside the vendor job and wakes it, and the stage service that owns the job reads it on its next
 * poll round (a callback that arrives before the job is recorded waits for it). So a duplicate, or a
 * callback for a job polling already finished, changes nothing. The secret is checked before a byte
 * of the body is read, and then at most {@code storyreel.webhooks.max-body} is read. Payloads are read
 * leniently: the vendors document several shapes.
 */
@RestController
class VendorWebhookController {

    private static final Logger log = LoggerFactory.getLogger(VendorWebhookController.class);
    private static final URI UNAUTHORIZED = URI.create("https://storyreel.dev/problems/unauthorized");

    private final VendorJobStore jobs;
    private final WebhookProperties props;
    private final JsonMapper json;

    VendorWebhookController(VendorJobStore jobs, WebhookProperties props, JsonMapper json) {
        this.jobs = jobs;
        this.props = props;
        this.json = json;
    }

    /** Leonardo's webhook: {@code Authorization: Bearer <webhookCallbackApiKey>}, the generation under data.object. */
    @PostMapping(path = "/webhooks/leonardo", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> leonardo(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            HttpServletRequest request) throws IOException {
        if (props.leonardoToken().isBlank() || authorization == null
                || !sameSecret(authorization.replaceFirst("(?i)^Bearer\\s+", ""), props.leonardoToken())) {
            return unauthorized("The Authorization header does not carry the Leonardo webhook token");
        }
        String body = boundedBody(request);
        JsonNode payload = parse(body);
        String generationId = firstText(payload, "/data/object/id", "/data/object/generationId",
                "/data/object/images/0/generationId", "/generationId", "/id");
        if (generationId == null) {
            throw new InvalidRequestException(List.of(new Violation("data.object.id", "names no generation")));
        }
        return accepted("leonardo", generationId, body);
    }

    /** JSON2Video's exports webhook: the secret is in the URL; the body is JSON or form fields. */
    @PostMapping(path = "/webhooks/json2video/{secret}")
    ResponseEntity<?> json2video(@PathVariable String secret, HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) throws IOException {
        if (props.json2videoSecret().isBlank() || !sameSecret(secret, props.json2videoSecret())) {
            return unauthorized("The callback URL does not carry the JSON2Video webhook secret");
        }
        // Read as bytes, never through request parameters: the container would parse a form body whole.
        String body = boundedBody(request);
        String document = contentType != null && contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                ? json.writeValueAsString(formFields(body))
                : body;
        JsonNode payload = parse(document);
        String project = firstText(payload, "/project", "/movie/project");
        if (project == null) {
            throw new InvalidRequestException(List.of(new Violation("project", "names no JSON2Video project")));
        }
        return accepted("json2video", project, document);
    }

    private ResponseEntity<?> accepted(String vendor, String vendorJobId, String payload) {
        boolean waiting = jobs.recordCallback(vendor, vendorJobId, payload);
        log.info("{} called back for {}{}", vendor, vendorJobId, waiting ? "" : " (no running job waits for it)");
        return ResponseEntity.accepted().body(Map.of("vendor", vendor, "jobId", vendorJobId, "jobWaiting", waiting));
    }

    /** The body, read only up to the limit: one byte more and the callback is refused with 413. */
    private String boundedBody(HttpServletRequest request) throws IOException {
        long limit = props.maxBody().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw new BodyTooLargeException(limit);
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            throw new BodyTooLargeException(limit);
        }
        Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                : Charset.forName(request.getCharacterEncoding(), StandardCharsets.UTF_8);
        return new String(body, charset);
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException(List.of(new Violation("body", "is empty")));
        }
        try {
            return json.readTree(body);
        }
        catch (JacksonException ex) {
            throw new InvalidRequestException(List.of(new Violation("body", "is not valid JSON: " + ex.getOriginalMessage())));
        }
    }

    private static Map<String, String> formFields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body != null) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return fields;
    }

    private static String firstText(JsonNode payload, String... pointers) {
        return Stream.of(pointers).map(payload::at).filter(n -> n.isString() || n.isNumber()).map(JsonNode::asString)
                .filter(s -> !s.isBlank()).findFirst().orElse(null);
    }

    /** Compares in constant time, so response timing tells nothing about the secret. */
    private static boolean sameSecret(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<ProblemDetail> unauthorized(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setType(UNAUTHORIZED);
        problem.setTitle("Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
