package com.storyreel.story.openai;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/** Chat Completions answers shaped as the vendor contract documents them, failures included. */
final class OpenAiStubs {

    static final String PATH = "/v1/chat/completions";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenAiStubs() {
    }

    /** A 200 chat completion whose message content is {@code content} (a JSON document, as text). */
    static ResponseDefinitionBuilder completion(String content, String finishReason, int promptTokens, int completionTokens) {
        return answer(message(content, null), finishReason, promptTokens, completionTokens, true);
    }

    /** A 200 chat completion without the optional usage details and without any x-ratelimit header. */
    static ResponseDefinitionBuilder bareCompletion(String content, int promptTokens, int completionTokens) {
        return answer(message(content, null), "stop", promptTokens, completionTokens, false);
    }

    /** A 200 chat completion in which the model refuses: content null, refusal set. */
    static ResponseDefinitionBuilder refusal(String refusal) {
        return answer(message(null, refusal), "stop", 40, 9, true);
    }

    /** The documented error body: {@code {"error":{message,type,param,code}}}. */
    static ResponseDefinitionBuilder error(int status, String message, String type, String code) {
        ObjectNode error = JSON.createObjectNode();
        error.put("message", message).put("type", type).putNull("param").put("code", code);
        ObjectNode body = JSON.createObjectNode();
        body.set("error", error);
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("x-request-id", "req_err").withBody(JSON.writeValueAsString(body));
    }

    /** 429 rate limit with Retry-After: 1 and the x-ratelimit-* headers. */
    static ResponseDefinitionBuilder rateLimited() {
        return error(429, "Rate limit reached for gpt-4o-mini in organization org-abc on requests per min (RPM): "
                + "Limit 3, Used 3, Requested 1. Please try again in 1s.", "requests", "rate_limit_exceeded")
                .withHeader("Retry-After", "1")
                .withHeader("x-ratelimit-limit-requests", "3")
                .withHeader("x-ratelimit-limit-tokens", "40000")
                .withHeader("x-ratelimit-remaining-requests", "0")
                .withHeader("x-ratelimit-remaining-tokens", "39500")
                .withHeader("x-ratelimit-reset-requests", "1s")
                .withHeader("x-ratelimit-reset-tokens", "750ms");
    }

    /** 429 with the quota spent: no Retry-After, as such answers usually come. */
    static ResponseDefinitionBuilder quotaSpent() {
        return error(429, "You exceeded your current quota, please check your plan and billing details. For more "
                + "information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
                "insufficient_quota", "insufficient_quota");
    }

    private static ObjectNode message(String content, String refusal) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant");
        if (content == null) {
            message.putNull("content");
        }
        else {
            message.put("content", content);
        }
        if (refusal == null) {
            message.putNull("refusal");
        }
        else {
            message.put("refusal", refusal);
        }
        return message;
    }

    private static ResponseDefinitionBuilder answer(ObjectNode message, String finishReason, int promptTokens,
            int completionTokens, boolean details) {
        ObjectNode choice = JSON.createObjectNode().put("index", 0);
        choice.set("message", message);
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        ObjectNode usage = JSON.createObjectNode().put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        if (details) {
            usage.putObject("prompt_tokens_details").put("cached_tokens", 0);
            usage.putObject("completion_tokens_details").put("reasoning_tokens", 0);
        }
        ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-abc123").put("object", "chat.completion")
                .put("created", 1726012687).put("model", "gpt-4o-mini-2024-07-18");
        body.putArray("choices").add(choice);
        body.set("usage", usage);
        body.put("system_fingerprint", "fp_xxx").put("service_tier", "default");
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("x-request-id", "req_123").withHeader("openai-processing-ms", "812")
                .withHeader("openai-version", "2020-10-01").withBody(JSON.writeValueAsString(body));
    }
}
