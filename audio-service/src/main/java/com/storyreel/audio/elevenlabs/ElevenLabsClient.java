package com.storyreel.audio.elevenlabs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.storyreel.runtime.vendor.RetryAfter;
import com.storyreel.runtime.vendor.VendorException;
import com.storyreel.runtime.vendor.VendorGuard;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import com.storyreel.runtime.vendor.VendorPermits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ElevenLabs text to speech with character timings ({@code POST /v1/text-to-speech/{voice_id}/with-timestamps}).
 * Every request is billed by the characters spoken, so it is made once: sent again only after a 429 (ElevenLabs
 * did not take it) or a connection that was never made, never after a 5xx or a connection that broke once the
 * request was sent, since the speech may have been made and billed. Its permits keep the requests in flight
 * within the plan's concurrency across every replica; its bulkhead queues this replica's own.
 */
public class ElevenLabsClient {

    public static final String VENDOR = "elevenlabs";

    private static final Logger log = LoggerFactory.getLogger(ElevenLabsClient.class);

    private final ElevenLabsProperties props;
    private final RestClient http;
    private final VendorGuard guard;
    private final VendorPermits.Pool permits;
    private final JsonMapper json;
    private final Clock clock;

    public ElevenLabsClient(ElevenLabsProperties props, VendorHttp http, VendorGuards guards, VendorPermits.Pool permits,
            JsonMapper json, Clock clock) {
        this.props = props;
        this.http = http.client("elevenlabs", props.baseUrl(), props.timeout());
        this.guard = guards.guard(VENDOR);
        this.permits = permits;
        this.json = json;
        this.clock = clock;
    }

    /** Speaks {@code text} with the voice into {@code audioFile}, in the configured output format. */
    public TimedSpeech speak(String text, String voiceId, Path audioFile) {
        String body = json.writeValueAsString(requestBody(text));
        return guard.callOnce(() -> permits.call(() -> send(body, voiceId, audioFile)));
    }

    private Map<String, Object> requestBody(String text) {
        ElevenLabsProperties.VoiceSettings voice = props.voiceSettings();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("stability", voice.stability());
        settings.put("similarity_boost", voice.similarityBoost());
        settings.put("style", voice.style());
        settings.put("use_speaker_boost", voice.useSpeakerBoost());
        settings.put("speed", voice.speed());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("model_id", props.modelId());
        body.put("voice_settings", settings);
        return body;
    }

    private TimedSpeech send(String body, String voiceId, Path audioFile) {
        try {
            return http.post()
                    .uri("/v1/text-to-speech/{voiceId}/with-timestamps?output_format={format}", voiceId,
                            props.outputFormat())
                    .header("xi-api-key", props.apiKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        byte[] answer = response.getBody().readAllBytes();
                        if (response.getStatusCode().is2xxSuccessful()) {
                            return speech(answer, response.getHeaders(), audioFile);
                        }
                        throw failure(status, response.getHeaders(), answer, voiceId);
                    });
        }
        catch (ResourceAccessException ex) {
            // Connection refused (never sent: safe to repeat), or reset or timed out after sending (maybe billed).
            Throwable cause = ex.getCause() == null ? ex : ex.getCause();
            boolean neverSent = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
            VendorException failure = VendorException.retryable(VENDOR, redact(ex.getMessage()), ex);
            throw neverSent ? failure : VendorException.retryable(VENDOR, redact(ex.getMessage())
                    + "; the speech may have been made and billed, so it was not requested again", ex).unsafeToRepeat();
        }
    }

    private TimedSpeech speech(byte[] answer, HttpHeaders headers, Path audioFile) {
        SpeechResponse response;
        try {
            response = json.readValue(answer, SpeechResponse.class);
        }
        catch (JacksonException ex) {
            throw VendorException.fatal(VENDOR, "answered with a body that is not the documented JSON: "
                    + ex.getOriginalMessage());
        }
        if (response.audioBase64() == null || response.audioBase64().isBlank()) {
            throw VendorException.fatal(VENDOR, "answered without audio_base64");
        }
        byte[] audio;
        try {
            audio = Base64.getDecoder().decode(response.audioBase64());
        }
        catch (IllegalArgumentException ex) {
            throw VendorException.fatal(VENDOR, "answered with audio_base64 that is not Base64: " + ex.getMessage());
        }
        try {
            Files.write(audioFile, audio);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write " + audioFile, ex);
        }
        return new TimedSpeech(audioFile, alignment(response), characterCount(headers));
    }

    private static CharacterAlignment alignment(SpeechResponse response) {
        if (response.alignment() != null && response.alignment().usable()) {
            return response.alignment();
        }
        if (response.normalizedAlignment() != null && response.normalizedAlignment().usable()) {
            log.debug("Timing captions from normalized_alignment: alignment is missing or unusable");
            return response.normalizedAlignment();
        }
        log.warn("ElevenLabs answered without a usable alignment; caption cues will be spread by character count");
        return null;
    }

    private static Long characterCount(HttpHeaders headers) {
        String count = headers.getFirst("x-character-count");
        if (count == null) {
            return null;
        }
        try {
            return Long.parseLong(count.trim());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    /** Maps an error answer to a failure naming the HTTP status, ElevenLabs' code and its own message. */
    private VendorException failure(int status, HttpHeaders headers, byte[] answer, String voiceId) {
        VendorError error = vendorError(answer);
        String message = redact(error.message().isEmpty() ? reasonPhrase(status) : error.message());
        String what = "HTTP " + status + (error.code().isEmpty() ? "" : " " + error.code());
        Duration wait = RetryAfter.from(headers, clock);
        return switch (error.code()) {
            case "quota_exceeded" -> VendorException.fatal(VENDOR, "quota exceeded: " + message + " (" + what + ")");
            case "invalid_api_key" -> VendorException.fatal(VENDOR, "rejected the API key: " + message + " (" + what + ")");
            case "voice_not_found" -> VendorException.fatal(VENDOR, "voice " + voiceId + " not found: " + message
                    + " (" + what + ")");
            case "max_character_limit_exceeded" -> VendorException.fatal(VENDOR, "the text is too long for model "
                    + props.modelId() + ": " + message + " (" + what + ")");
            // The plan's concurrent requests are all busy (another instance shares the key): a slot frees soon.
            case "too_many_concurrent_requests" -> VendorException.retryable(VENDOR, what + ": " + message,
                    wait != null ? wait : props.concurrencySlotWait());
            // A 5xx may come after the speech was made and billed: an outage, but the request is not sent again.
            default -> status >= 500 ? VendorException.retryable(VENDOR, what + ": " + message
                            + "; the speech may have been made and billed, so it was not requested again", wait)
                            .unsafeToRepeat()
                    : status == 429 || status == 408 || status == 409
                    ? VendorException.retryable(VENDOR, what + ": " + message, wait)
                    : VendorException.fatal(VENDOR, (status == 422 ? "rejected the request: " : "") + what + ": "
                            + message);
        };
    }

    /**
     * The code and message of an error body: {@code {"detail":{"status","message"}}}, or FastAPI's validation list
     * {@code {"detail":[{"loc","msg","type"}]}}; anything else gives empty strings.
     */
    private VendorError vendorError(byte[] answer) {
        JsonNode detail;
        try {
            detail = json.readTree(answer).path("detail");
        }
        catch (JacksonException notJson) {
            return new VendorError("", "");
        }
        if (detail.isObject()) {
            return new VendorError(text(detail.path("status")), text(detail.path("message")));
        }
        if (detail.isArray()) {
            List<String> problems = new ArrayList<>();
            for (JsonNode problem : detail) {
                List<String> location = new ArrayList<>();
                problem.path("loc").forEach(part -> location.add(text(part)));
                String msg = text(problem.path("msg"));
                problems.add(location.isEmpty() ? msg : String.join(".", location) + ": " + msg);
            }
            return new VendorError("", String.join("; ", problems));
        }
        return new VendorError("", text(detail));
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asString() : "";
    }

    private static String reasonPhrase(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "no reason given" : known.getReasonPhrase();
    }

    /** An answer could quote the key back; it must never reach a log or a failure reason. */
    private String redact(String text) {
        return text == null || !props.hasApiKey() ? text : text.replace(props.apiKey(), "***");
    }

    private record VendorError(String code, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record SpeechResponse(@JsonProperty("audio_base64") String audioBase64, CharacterAlignment alignment,
            @JsonProperty("normalized_alignment") CharacterAlignment normalizedAlignment) {
    }
}
