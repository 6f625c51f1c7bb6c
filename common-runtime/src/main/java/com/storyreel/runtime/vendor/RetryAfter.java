package com.storyreel.runtime.vendor;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpHeaders;

/** Reads the wait a vendor asks for: {@code retry-after-ms}, then {@code Retry-After} in seconds or as an HTTP date. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait, or null when the answer names none (or names it in a form nobody documents). */
    public static Duration from(HttpHeaders headers, Clock clock) {
        String millis = headers.getFirst("retry-after-ms");
        if (millis != null) {
            try {
                return Duration.ofMillis(Math.max(0, (long) Double.parseDouble(millis.trim())));
            }
            catch (NumberFormatException ignored) {
                // Fall through to Retry-After.
            }
        }
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(value.trim()) * 1000)));
        }
        catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            }
            catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
