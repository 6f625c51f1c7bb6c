package com.storyreel.story.openai;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.storyreel.events.VendorCost;
import com.storyreel.runtime.vendor.RetryAfter;
import com.storyreel.runtime.vendor.VendorException;
import com.storyreel.runtime.vendor.VendorGuard;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAI Chat Completions API ({@code POST /chat/completions}) with Structured Outputs, or any
 * server that speaks it. Asks for one answer in a strict JSON schema and reads it into the schema's
 * record. Rate limits, overload and a connection never made are retried by the vendor guard (waiting as
 * long as Retry-After says); an answer lost after the request was sent (a reset, a read timeout) is not,
 * since OpenAI may have written and billed it; an answer cut off at the token limit is asked for once more with a larger
 * budget; refusals, the content filter, an exhausted quota, a bad key or a bad request fail at once.
 */
public class OpenAiClient {

    public static final String VENDOR = "openai";

    private static final Logger log = LoggerFactory.getLogger(OpenAiClient.class);

    private static final int MAX_EXCERPT = 300;

    private final OpenAiProperties props;
    private final RestClient rest;
    private final VendorGuard guard;
    private final JsonMapper json;
    private final Clock clock;

    public OpenAiClient(OpenAiProperties props, VendorHttp http, VendorGuards guards, JsonMapper json, Clock clock) {
        this.props = props;
        this.rest = http.client("openai", props.baseUrl().replaceAll("/+$", ""), props.timeout());
        this.guard = guards.guard(VENDOR);
        this.json = json;
        this.clock = clock;
    }

    /** One message of the conversation: {@code system} for instructions, {@code user} for the material. */
    public record ChatMessage(String role, String content) {

        public static ChatMessage system(String content) {
            return new ChatMessage("system", content);
        }

        public static ChatMessage user(String content) {
            return new ChatMessage("user", content);
        }
    }

    /** The answer read into its schema's record, and the tokens of every call it took. */
    public record Answer<T>(T value, VendorCost cost) {
    }

    public String model() {
        return props.model();
    }

    /**
     * Asks for one answer in {@code schema}.
     *
     * @throws VendorException when OpenAI cannot or will not answer, or its answer does not fit the schema
     */
    public <T> Answer<T> answer(List<ChatMessage> messages, ResponseSchema<T> schema) {
        int budget = props.maxCompletionTokens();
        Choice choice = complete(messages, schema, budget);
        long tokens = choice.tokens();
        if (choice.truncated()) {
            int larger = props.largerBudget(budget);
            log.warn("OpenAI stopped at the token limit of {} (finish_reason length); asking again with {}", budget, larger);
            choice = complete(messages, schema, larger);
            tokens += choice.tokens();
            if (choice.truncated()) {
                throw VendorException.fatal(VENDOR, "OpenAI stopped at the token limit (finish_reason length) twice, at "
                        + budget + " and " + larger + " tokens");
            }
        }
        return new Answer<>(read(choice, schema), new VendorCost(VENDOR, "tokens", tokens));
    }

    /**
     * The tokens one answer is expected to take at most: the messages and the schema at about four
     * characters a token (OpenAI's rule of thumb for English), plus the whole answer budget. An answer cut
     * off at the budget is asked for again with a larger one, which this does not count.
     */
    public VendorCost estimate(List<ChatMessage> messages, ResponseSchema<?> schema) {
        long characters = messages.stream().mapToLong(m -> m.content().length()).sum() + schema.schema().toString().length();
        return new VendorCost(VENDOR, "tokens", Math.ceil(characters / 4.0) + props.maxCompletionTokens());
    }

    /** One call: a usable or truncated choice, or a failure for a refusal or the content filter. */
    private Choice complete(List<ChatMessage> messages, ResponseSchema<?> schema, int budget) {
        String body = json.writeValueAsString(new ChatRequest(props.model(), messages, props.temperature(), budget,
                new ResponseFormat("json_schema", new JsonSchemaFormat(schema.name(), true, schema.schema()))));
        Response response = guard.call(() -> send(body));
        ChatCompletion completion = response.completion();
        if (completion.choices() == null || completion.choices().isEmpty() || completion.choices().getFirst().message() == null) {
            throw VendorException.fatal(VENDOR, "OpenAI answered without a message (request " + response.requestId() + ")");
        }
        CompletionChoice first = completion.choices().getFirst();
        Usage usage = completion.usage();
        long tokens = usage == null ? 0 : usage.total();
        log.info("OpenAI {} answered ({} schema, finish_reason {}, {} tokens of which {} completion, request {})",
                completion.model(), schema.name(), first.finishReason(), tokens,
                usage == null ? null : usage.completionTokens(), response.requestId());
        String refusal = first.message().refusal();
        if (refusal != null && !refusal.isBlank()) {
            throw VendorException.fatal(VENDOR, "OpenAI refused: " + refusal.strip());
        }
        if ("content_filter".equals(first.finishReason())) {
            throw VendorException.fatal(VENDOR, "OpenAI's content filter withheld the answer (finish_reason content_filter)");
        }
        return new Choice(first.message().content(), first.finishReason(), tokens);
    }

    private Response send(String body) {
        try {
            return rest.post().uri("/chat/completions")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + props.apiKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        byte[] answer = response.getBody().readAllBytes();
                        if (status < 200 || status >= 300) {
                            throw failure(status, response.getHeaders(), answer);
                        }
                        return new Response(completion(status, answer), response.getHeaders().getFirst("x-request-id"));
                    });
        }
        catch (ResourceAccessException ex) {
            // Connection refused (never sent: safe to repeat), or reset or timed out after sending: OpenAI may have
            // written the answer and billed its tokens, and has no way to fetch it again, so it is not asked again.
            Throwable cause = ex.getCause() == null ? ex : ex.getCause();
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
                throw VendorException.retryable(VENDOR, "could not reach " + props.baseUrl() + ": " + scrub(ex.getMessage()), ex);
            }
            throw VendorException.retryable(VENDOR, "the answer was lost (" + scrub(ex.getMessage()) + "); it may have"
                    + " been written and billed, so it was not asked for again", ex).unsafeToRepeat();
        }
    }

    private ChatCompletion completion(int status, byte[] body) {
        try {
            return json.readValue(body, ChatCompletion.class);
        }
        catch (JacksonException notACompletion) {
            throw VendorException.fatal(VENDOR, "OpenAI answered HTTP " + status + " with something other than a chat completion: "
                    + excerpt(body));
        }
    }

    /**
     * The failure for an error answer: the vendor's own message with the HTTP status and error code.
     * A 429 is a rate limit (retryable) unless the quota is spent; {@code x-should-retry} overrides the status,
     * except that a rejected key or a spent quota never passes by waiting.
     */
    private VendorException failure(int status, HttpHeaders headers, byte[] body) {
        ApiError error = error(body);
        String code = error == null ? null : error.code() != null ? error.code() : error.type();
        boolean quotaSpent = error != null && ("insufficient_quota".equals(error.code()) || "insufficient_quota".equals(error.type()));
        String said = error != null && error.message() != null ? error.message() : excerpt(body);
        String statusAndCode = "HTTP " + status + (code == null ? "" : " " + code);
        String reason;
        if (status == 401) {
            // Its message quotes part of the key.
            reason = "OpenAI rejected the API key (" + statusAndCode + ")";
        }
        else if (quotaSpent) {
            reason = "OpenAI has no quota left for this API key; check the plan and billing (" + statusAndCode + "): " + said;
        }
        else {
            reason = statusAndCode + (said.isEmpty() ? "" : ": " + said);
        }
        String shouldRetry = headers.getFirst("x-should-retry");
        boolean retryable = status != 401 && !quotaSpent && (shouldRetry != null ? Boolean.parseBoolean(shouldRetry.strip())
                : status == 408 || status == 409 || status == 429 || status >= 500);
        return retryable ? VendorException.retryable(VENDOR, scrub(reason), RetryAfter.from(headers, clock))
                : VendorException.fatal(VENDOR, scrub(reason));
    }

    private ApiError error(byte[] body) {
        try {
            ErrorResponse response = json.readValue(body, ErrorResponse.class);
            return response == null ? null : response.error();
        }
        catch (JacksonException notTheDocumentedShape) {
            return null;
        }
    }

    private <T> T read(Choice choice, ResponseSchema<T> schema) {
        if (choice.content() == null || choice.content().isBlank()) {
            throw VendorException.fatal(VENDOR, "OpenAI answered without content (finish_reason " + choice.finishReason() + ")");
        }
        try {
            T value = json.readValue(choice.content(), schema.type());
            if (value == null) {
                throw VendorException.fatal(VENDOR, "OpenAI answered null instead of the " + schema.name() + " schema");
            }
            return value;
        }
        catch (JacksonException misfit) {
            throw VendorException.fatal(VENDOR, "OpenAI's answer does not fit the " + schema.name() + " schema: "
                    + misfit.getOriginalMessage());
        }
    }

    /** The body of an answer that is not the documented JSON, cut short: a proxy's HTML page, say. */
    private String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_EXCERPT ? text : text.substring(0, MAX_EXCERPT) + "...";
    }

    /** Keeps the key out of a message, whatever a server echoes back. */
    private String scrub(String message) {
        return props.hasApiKey() && message != null ? message.replace(props.apiKey(), "****") : message;
    }

    private record Response(ChatCompletion completion, String requestId) {
    }

    private record Choice(String content, String finishReason, long tokens) {

        boolean truncated() {
            return "length".equals(finishReason);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChatRequest(String model, List<ChatMessage> messages, Double temperature,
            @JsonProperty("max_completion_tokens") int maxCompletionTokens,
            @JsonProperty("response_format") ResponseFormat responseFormat) {
    }

    record ResponseFormat(String type, @JsonProperty("json_schema") JsonSchemaFormat jsonSchema) {
    }

    record JsonSchemaFormat(String name, boolean strict, JsonNode schema) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChatCompletion(String id, String model, List<CompletionChoice> choices, Usage usage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CompletionChoice(AssistantMessage message, @JsonProperty("finish_reason") String finishReason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AssistantMessage(String content, String refusal) {
    }

    /** Token counts; the {@code *_details} objects are optional and not read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Usage(@JsonProperty("prompt_tokens") Long promptTokens, @JsonProperty("completion_tokens") Long completionTokens,
            @JsonProperty("total_tokens") Long totalTokens) {

        long total() {
            if (totalTokens != null) {
                return totalTokens;
            }
            return (promptTokens == null ? 0 : promptTokens) + (completionTokens == null ? 0 : completionTokens);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorResponse(ApiError error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ApiError(String message, String type, String param, String code) {
    }
}
