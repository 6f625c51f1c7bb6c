package com.storyreel.story.openai;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OpenAI Chat Completions API, or any server that speaks it (Ollama, vLLM, LM Studio).
 *
 * @param apiKey sent as the bearer token; blank when OpenAI is not used
 * @param baseUrl the API root that {@code /chat/completions} is appended to
 * @param model a model that supports Structured Outputs (a strict JSON schema)
 * @param maxCompletionTokens the answer's token budget (reasoning tokens included)
 * @param truncatedRetryFactor how much larger the budget is for the one retry after an answer was cut off
 * @param timeout how long one call may wait for the answer
 * @param temperature sampling temperature, or null to send none (some reasoning models accept only their default)
 */
@ConfigurationProperties("storyreel.openai")
public record OpenAiProperties(String apiKey, @DefaultValue("https://api.openai.com/v1") String baseUrl,
        @DefaultValue("gpt-4o-mini") String model, @DefaultValue("4000") int maxCompletionTokens,
        @DefaultValue("2") double truncatedRetryFactor, @DefaultValue("2m") Duration timeout, Double temperature) {

    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    /** The budget for the retry after an answer was cut off at {@code budget} tokens. */
    int largerBudget(int budget) {
        return (int) Math.ceil(budget * Math.max(1, truncatedRetryFactor));
    }

    @Override
    public String toString() {
        return "OpenAiProperties[apiKey=" + (hasApiKey() ? "****" : "(none)") + ", baseUrl=" + baseUrl + ", model="
                + model + ", maxCompletionTokens=" + maxCompletionTokens + ", truncatedRetryFactor="
                + truncatedRetryFactor + ", timeout=" + timeout + ", temperature=" + temperature + "]";
    }
}
