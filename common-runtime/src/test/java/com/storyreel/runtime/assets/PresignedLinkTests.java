package com.storyreel.runtime.assets;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PresignedLinkTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AssetsAutoConfiguration.class))
            .withPropertyValues("storyreel.s3.endpoint=http://minio:9000",
                    "storyreel.s3.public-endpoint=https://media.example.com", "storyreel.s3.access-key=storyreel",
                    "storyreel.s3.secret-key=storyreel-secret", "storyreel.s3.create-bucket=false");

    @Test
    void linksForVendorsPointAtThePublicEndpointWithTheBucketInThePath() {
        context.withPropertyValues("storyreel.s3.path-style=true").run(ctx -> {
            URI link = ctx.getBean(AssetStore.class).presignedUrl("stories/st-1/scenes/0/image-ab.png", Duration.ofHours(12));

            assertThat(link.getHost()).isEqualTo("media.example.com");
            assertThat(link.getPath()).isEqualTo("/storyreel-assets/stories/st-1/scenes/0/image-ab.png");
            assertThat(link.getQuery()).contains("X-Amz-Expires=43200").contains("X-Amz-Signature=");
        });
    }

    @Test
    void withoutPathStyleTheBucketIsPartOfTheHost() {
        context.withPropertyValues("storyreel.s3.path-style=false").run(ctx -> {
            URI link = ctx.getBean(AssetStore.class).presignedUrl("stories/st-1/final-ab.mp4");

            assertThat(link.getHost()).isEqualTo("storyreel-assets.media.example.com");
            assertThat(link.getQuery()).contains("X-Amz-Expires=21600");
        });
    }
}
