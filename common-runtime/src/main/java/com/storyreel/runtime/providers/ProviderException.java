package com.storyreel.runtime.providers;

/**
 * A provider could not do a unit of work. Transient failures (rate limits, timeouts, 5xx) are
 * retried with backoff; permanent ones (bad input, no quota, invalid key) fail the stage at once.
 */
public class ProviderException extends RuntimeException {

    private final boolean transientFailure;

    public ProviderException(String message, boolean transientFailure) {
        super(message);
        this.transientFailure = transientFailure;
    }

    public ProviderException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public static ProviderException permanent(String message) {
        return new ProviderException(message, false);
    }

    public static ProviderException transientFailure(String message, Throwable cause) {
        return new ProviderException(message, true, cause);
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
