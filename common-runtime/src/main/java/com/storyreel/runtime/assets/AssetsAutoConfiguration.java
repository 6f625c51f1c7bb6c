package com.storyreel.runtime.assets;

import java.net.URI;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The S3 client, the presigner and the {@link AssetStore} built from {@link S3Properties}. */
@AutoConfiguration
@EnableConfigurationProperties(S3Properties.class)
public class AssetsAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    S3Client s3Client(S3Properties props) {
        var builder = S3Client.builder()
                .region(Region.of(props.region()))
                .credentialsProvider(credentials(props))
                .forcePathStyle(props.pathStyle());
        if (!props.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(props.endpoint()));
        }
        return builder.build();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    S3Presigner s3Presigner(S3Properties props) {
        // Built on its own, not from the client: a presigner made with .s3Client() ignores path style (aws-sdk-java-v2#4958).
        var builder = S3Presigner.builder()
                .region(Region.of(props.region()))
                .credentialsProvider(credentials(props))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(props.pathStyle()).build());
        String endpoint = props.publicEndpoint().isBlank() ? props.endpoint() : props.publicEndpoint();
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    AssetStore assetStore(S3Client s3, S3Presigner presigner, S3Properties props) {
        AssetStore store = new AssetStore(s3, presigner, props.bucket(), props.presignExpiry());
        if (props.createBucket()) {
            store.ensureBucket();
        }
        return store;
    }

    private static AwsCredentialsProvider credentials(S3Properties props) {
        if (props.accessKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(props.accessKey(), props.secretKey()));
    }
}
