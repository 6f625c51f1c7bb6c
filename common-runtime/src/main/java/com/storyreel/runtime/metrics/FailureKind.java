package com.storyreel.runtime.metrics;

import java.util.Locale;

/**
 * What kind of failure a free-text reason describes: the {@code reason} tag of failure meters, which
 * must stay a handful of values however many different messages the vendors and tools produce.
 */
public enum FailureKind {
    RATE_LIMITED, SERVER_ERROR, TIMEOUT, BAD_ANSWER, REFUSED, BUDGET, CUT_OFF, LEASE_LOST, OTHER;

    /** The tag value: the name in lower case. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of {@code reason}, from the words our clients and the vendors use for it; OTHER when none fits. */
    public static FailureKind of(String reason) {
        if (reason == null || reason.isBlank()) {
            return OTHER;
        }
        String text = reason.toLowerCase(Locale.ROOT);
        // Most specific first: a budget refusal or a cut-off submission may also mention a status or a timeout.
        if (text.contains("budget")) {
            return BUDGET;
        }
        if (text.contains("cut off")) {
            return CUT_OFF;
        }
        if (text.matches("(?s).*\\blease\\b.*")) {
            return LEASE_LOST;
        }
        if (text.contains("429") || text.contains("rate limit") || text.contains("too many")
                || text.contains("concurrent call slots") || text.contains("circuit breaker")) {
            return RATE_LIMITED;
        }
        if (text.contains("timed out") || text.contains("timeout")) {
            return TIMEOUT;
        }
        if (text.matches("(?s).*\\b5\\d\\d\\b.*") || text.contains("server error") || text.contains("unavailable")) {
            return SERVER_ERROR;
        }
        if (text.matches("(?s).*\\b4\\d\\d\\b.*") || text.contains("refused") || text.contains("rejected")
                || text.contains("moderat") || text.contains("unauthori") || text.contains("forbidden")) {
            return REFUSED;
        }
        if (text.contains("unreadable") || text.contains("invalid") || text.contains("unexpected")
                || text.contains("malformed") || text.contains("no such") || text.contains("missing")
                || text.contains("empty") || text.contains("could not read") || text.contains("not valid")) {
            return BAD_ANSWER;
        }
        return OTHER;
    }
}
