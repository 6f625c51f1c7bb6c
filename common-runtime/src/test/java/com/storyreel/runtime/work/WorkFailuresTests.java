package com.storyreel.runtime.work;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.storyreel.runtime.providers.ProviderException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

import static org.assertj.core.api.Assertions.assertThat;

class WorkFailuresTests {

    @Test
    void outagesOfOurOwnPartsAndTransientProviderFailuresMayPass() {
        assertThat(WorkFailures.isTransient(new UncheckedIOException(new IOException("connection reset")))).isTrue();
        assertThat(WorkFailures.isTransient(SdkClientException.create("S3 unreachable"))).isTrue();
        assertThat(WorkFailures.isTransient(new QueryTimeoutException("MongoDB timed out"))).isTrue();
        assertThat(WorkFailures.isTransient(new IllegalStateException("broken", new IOException("pipe")))).isTrue();
        assertThat(WorkFailures.isTransient(ProviderException.transientFailure("503", null))).isTrue();
    }

    @Test
    void permanentProviderFailuresAndBugsDoNotPass() {
        assertThat(WorkFailures.isTransient(ProviderException.permanent("invalid key"))).isFalse();
        assertThat(WorkFailures.isTransient(new IllegalArgumentException("no scenes"))).isFalse();
        assertThat(WorkFailures.isTransient(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void reasonIsTheMessageOfAProviderOrInputFailureAndNamesAnyOtherFailure() {
        assertThat(WorkFailures.reason(ProviderException.permanent("Leonardo refused the prompt")))
                .isEqualTo("Leonardo refused the prompt");
        assertThat(WorkFailures.reason(new IllegalArgumentException("narration length must be positive")))
                .isEqualTo("narration length must be positive");
        assertThat(WorkFailures.reason(new IllegalStateException("stuck"))).isEqualTo("IllegalStateException: stuck");
        assertThat(WorkFailures.reason(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
