package com.storyreel.story.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The secrets vendors prove themselves with when they call back. An empty secret switches that
 * vendor's webhook off (its jobs are then followed by polling alone).
 *
 * @param leonardoToken the bearer token set as the Production API key's webhookCallbackApiKey
 * @param json2videoSecret the secret path segment of the callback URL put into each movie's exports
 * @param maxBody the largest callback body read (after the secret is checked); larger answers 413
 */
@ConfigurationProperties("storyreel.webhooks")
public record WebhookProperties(@DefaultValue("") String leonardoToken, @DefaultValue("") String json2videoSecret,
        @DefaultValue("64KB") DataSize maxBody) {

    @Override
    public String toString() {
        return "WebhookProperties[leonardoToken=" + (leonardoToken.isBlank() ? "" : "***") + ", json2videoSecret="
                + (json2videoSecret.isBlank() ? "" : "***") + ", maxBody=" + maxBody + "]";
    }
}
