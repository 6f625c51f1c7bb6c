package com.storyreel.runtime.work;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

import com.storyreel.runtime.providers.ProviderException;

/**
 * Runs a unit's work again after failures that may pass, up to the configured retries, waiting the configured backoff
 * and doubling it each time. The wait ends when the thread is interrupted (a lost lease or the deadline stops the work).
 */
final class WorkRetries {

    private static final Logger log = LoggerFactory.getLogger(WorkRetries.class);

    private final RetryTemplate template;

    WorkRetries(WorkProperties props, Predicate<Throwable> mayPass) {
        template = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(props.retries())
                .delay(props.retryBackoff())
                .multiplier(2)
                // An Error is never retried: it is thrown on as it is.
                .predicate(failure -> failure instanceof RuntimeException && mayPass.test(failure))
                .build());
        template.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> work, RetryState state) {
                log.info("{} failed ({}); trying again, retry {} of {}", work.getName(),
                        WorkFailures.reason(state.getLastException()), state.getRetryCount(), props.retries());
            }

            @Override
            public void onRetryPolicyInterruption(RetryPolicy policy, Retryable<?> work, RetryException interruption) {
                ((RetriedWork<?>) work).interrupted = true;
            }
        });
    }

    /**
     * Runs {@code work}, named for the logs. A failure on the first try is thrown as it is; one after retries is
     * wrapped with the number of attempts, and an interrupted wait fails as such.
     */
    <T> T run(String name, Supplier<? extends T> work) {
        RetriedWork<T> retried = new RetriedWork<>(name, work);
        try {
            return template.execute(retried);
        }
        catch (RetryException ex) {
            if (retried.interrupted) {
                throw new ProviderException("Interrupted while waiting to retry", false, ex);
            }
            // The work is a Supplier: what it threw is unchecked.
            if (ex.getLastException() instanceof Error error) {
                throw error;
            }
            RuntimeException failure = (RuntimeException) ex.getLastException();
            int attempts = ex.getRetryCount() + 1;
            throw attempts == 1 ? failure
                    : new ProviderException(WorkFailures.reason(failure) + " (after " + attempts + " attempts)", false, failure);
        }
    }

    /** One unit's work as the retry template runs it, noting whether a wait between its tries was interrupted. */
    private static final class RetriedWork<T> implements Retryable<T> {

        private final String name;
        private final Supplier<? extends T> work;
        private volatile boolean interrupted;

        RetriedWork(String name, Supplier<? extends T> work) {
            this.name = name;
            this.work = work;
        }

        @Override
        public T execute() {
            return work.get();
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
