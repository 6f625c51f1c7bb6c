package com.storyreel.runtime.work;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.storyreel.runtime.providers.ProviderException;
import org.springframework.dao.TransientDataAccessException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** What a failed unit of work tells: whether trying it again may pass, and the reason recorded on the story. */
public final class WorkFailures {

    private WorkFailures() {
    }

    /** Whether a failure may pass if the same work is tried again later. */
    public static boolean isTransient(Throwable failure) {
        if (failure instanceof ProviderException provider) {
            return provider.isTransient();
        }
        return failure instanceof UncheckedIOException || failure instanceof SdkClientException
                || failure instanceof TransientDataAccessException || failure.getCause() instanceof IOException;
    }

    /** The reason recorded on the story for a failure. */
    public static String reason(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof ProviderException || failure instanceof IllegalArgumentException) {
            return message;
        }
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
