package com.storyreel.story.access;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the gateway and how much.
 *
 * @param keys the API keys ({@code STORYREEL_API_KEYS}, comma-separated); none: the gateway serves loopback only
 * @param storiesInFlight how many stories one key may have not yet COMPLETED or FAILED
 * @param requestsPerMinute how many API requests one key may make a minute (per replica)
 * @param inFlightRetryAfter the Retry-After given when a key has too many stories in flight
 */
@ConfigurationProperties("storyreel.access")
public record AccessProperties(List<String> keys, int storiesInFlight, int requestsPerMinute, Duration inFlightRetryAfter) {

    public AccessProperties {
        keys = keys == null ? List.of() : keys.stream().map(String::trim).filter(k -> !k.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "AccessProperties[keys=" + keys.size() + " set, storiesInFlight=" + storiesInFlight + ", requestsPerMinute="
                + requestsPerMinute + ", inFlightRetryAfter=" + inFlightRetryAfter + "]";
    }
}
