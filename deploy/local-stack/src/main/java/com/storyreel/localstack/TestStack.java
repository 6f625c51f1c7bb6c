package com.storyreel.localstack;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka, MongoDB and S3 as the services and the tests reach them, wherever they run: the embedded
 * {@link LocalStack}, or containers (the {@code container-stack} test module) where a Docker engine exists.
 */
public interface TestStack {

    Kafka kafka();

    Mongo mongo();

    S3 s3();

    /** The standard Spring Boot properties (and StoryReel's S3 settings) that point a service here. */
    default Map<String, Object> springProperties() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.kafka.bootstrap-servers", kafka().bootstrapServers());
        props.put("spring.mongodb.uri", mongo().connectionString() + "/storyreel");
        props.put("storyreel.s3.endpoint", s3().endpoint().toString());
        props.put("storyreel.s3.public-endpoint", s3().endpoint().toString());
        props.put("storyreel.s3.access-key", s3().accessKey());
        props.put("storyreel.s3.secret-key", s3().secretKey());
        props.put("storyreel.s3.path-style", "true");
        return props;
    }

    /** A Kafka broker. */
    interface Kafka {
        String bootstrapServers();
    }

    /** A MongoDB (wire protocol) server; the connection string names no database. */
    interface Mongo {
        String connectionString();
    }

    /** An S3-API server with path-style addressing. */
    interface S3 {
        URI endpoint();

        String accessKey();

        String secretKey();
    }
}
