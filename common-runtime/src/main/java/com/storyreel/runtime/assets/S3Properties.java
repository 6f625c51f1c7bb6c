package com.storyreel.runtime.assets;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where assets live. With no endpoint the AWS SDK's defaults apply (real S3, credentials from the
 * environment); an endpoint points at any S3-compatible server.
 *
 * @param endpoint the S3 API endpoint the services use; empty for AWS
 * @param publicEndpoint the endpoint presigned URLs are built against, for clients outside the
 *     services' network; empty means the same as {@code endpoint}
 * @param accessKey empty to use the SDK's default credentials chain
 * @param presignExpiry how long handed-out links stay valid (SigV4 allows at most 7 days)
 */
@ConfigurationProperties("storyreel.s3")
public record S3Properties(@DefaultValue("") String endpoint, @DefaultValue("") String publicEndpoint,
        @DefaultValue("us-east-1") String region, @DefaultValue("") String accessKey, @DefaultValue("") String secretKey,
        @DefaultValue("storyreel-assets") String bucket, @DefaultValue("false") boolean pathStyle,
        @DefaultValue("6h") Duration presignExpiry, @DefaultValue("true") boolean createBucket) {
}
