package com.storyreel.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LocalS3CredentialsTests {

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void aDataFolderGetsItsCredentialsOnceAndKeepsThem() {
        LocalS3Credentials made = LocalS3Credentials.of(first);

        assertThat(LocalS3Credentials.of(first)).isEqualTo(made);
        assertThat(made.secretKey()).hasSize(48).isNotEqualTo("storyreel-local-secret");
    }

    @Test
    void eachDataFolderHasItsOwnSecret() {
        assertThat(LocalS3Credentials.of(first).secretKey()).isNotEqualTo(LocalS3Credentials.of(second).secretKey());
    }

    @Test
    void onlyTheOwnerMayReadTheCredentialsFile() throws Exception {
        LocalS3Credentials.of(first);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.resolve(LocalS3Credentials.FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void theSecretIsNotInTheRecordsText() {
        LocalS3Credentials credentials = LocalS3Credentials.of(first);

        assertThat(credentials.toString()).doesNotContain(credentials.secretKey());
    }
}
