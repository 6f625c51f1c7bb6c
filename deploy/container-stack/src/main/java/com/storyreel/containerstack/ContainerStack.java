package com.storyreel.containerstack;

import java.net.URI;
import java.util.Optional;

import com.storyreel.localstack.SharedLocalStack;
import com.storyreel.localstack.TestStack;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Kafka, MongoDB and MinIO in containers, the images compose runs, started once per JVM (Ryuk removes them
 * when it exits). {@link SharedLocalStack} uses it for {@code -Dstoryreel.test.stack=containers};
 * {@link StoryReelContainers} hands the same containers to a Spring context as service connections.
 */
public final class ContainerStack implements TestStack {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String MONGO_IMAGE = "mongo:7.0";
    static final String MINIO_IMAGE = "minio/minio:RELEASE.2025-04-22T22-12-26Z";

    private static ContainerStack started;

    private final KafkaContainer kafka;
    private final MongoDBContainer mongo;
    private final MinIOContainer minio;

    private ContainerStack(KafkaContainer kafka, MongoDBContainer mongo, MinIOContainer minio) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.minio = minio;
    }

    /** The JVM's containers, started on first use; empty where no Docker engine can be reached. */
    public static synchronized Optional<ContainerStack> shared() {
        if (started == null) {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return Optional.empty();
            }
            var stack = new ContainerStack(new KafkaContainer(KAFKA_IMAGE), new MongoDBContainer(MONGO_IMAGE),
                    new MinIOContainer(MINIO_IMAGE));
            // In parallel: the three take about as long together as Kafka alone.
            Startables.deepStart(stack.kafka, stack.mongo, stack.minio).join();
            started = stack;
        }
        return Optional.of(started);
    }

    KafkaContainer kafkaContainer() {
        return kafka;
    }

    MongoDBContainer mongoContainer() {
        return mongo;
    }

    MinIOContainer minioContainer() {
        return minio;
    }

    @Override
    public Kafka kafka() {
        return kafka::getBootstrapServers;
    }

    /** Without a database name, as the embedded server's: {@link TestStack#springProperties()} adds it. */
    @Override
    public Mongo mongo() {
        return mongo::getConnectionString;
    }

    @Override
    public S3 s3() {
        return new S3() {
            @Override
            public URI endpoint() {
                return URI.create(minio.getS3URL());
            }

            @Override
            public String accessKey() {
                return minio.getUserName();
            }

            @Override
            public String secretKey() {
                return minio.getPassword();
            }
        };
    }

    /** Registered for {@link java.util.ServiceLoader}: how {@link SharedLocalStack} finds the containers. */
    public static final class Starter implements SharedLocalStack.ContainerStarter {

        @Override
        public Optional<TestStack> start() {
            return shared().map(TestStack.class::cast);
        }
    }
}
