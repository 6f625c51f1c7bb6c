package com.storyreel.containerstack;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The {@link ContainerStack}'s containers as a Spring test configuration: Kafka and MongoDB as service
 * connections (Boot's connection details, which the Kafka binder honours too), MinIO through StoryReel's S3
 * settings, which Boot has no connection details for. {@code @Import} it into a Spring Boot test, or run a
 * service on containers with {@code SpringApplication.from(App::main).with(StoryReelContainers.class)}.
 * Needs a Docker engine.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StoryReelContainers {

    @Bean
    @ServiceConnection
    KafkaContainer kafka() {
        return stack().kafkaContainer();
    }

    @Bean
    @ServiceConnection
    MongoDBContainer mongo() {
        return stack().mongoContainer();
    }

    @Bean
    MinIOContainer minio() {
        return stack().minioContainer();
    }

    @Bean
    DynamicPropertyRegistrar s3Properties(MinIOContainer minio) {
        return registry -> {
            registry.add("storyreel.s3.endpoint", minio::getS3URL);
            registry.add("storyreel.s3.public-endpoint", minio::getS3URL);
            registry.add("storyreel.s3.access-key", minio::getUserName);
            registry.add("storyreel.s3.secret-key", minio::getPassword);
            registry.add("storyreel.s3.path-style", () -> "true");
        };
    }

    private static ContainerStack stack() {
        return ContainerStack.shared().orElseThrow(() -> new IllegalStateException("StoryReelContainers needs a Docker engine"));
    }
}
