package com.storyreel.containerstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.mongodb.client.MongoClients;
import com.storyreel.localstack.SharedLocalStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The containers as a Spring context sees them, where a Docker engine exists (skipped where none does, as on
 * the build machine, whose suites run on the embedded servers): Kafka and MongoDB are service connections to
 * the running containers, S3 points at MinIO, and each answers.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = StoryReelContainersIntegrationTests.Probe.class)
class StoryReelContainersIntegrationTests {

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    MongoConnectionDetails mongo;

    @Autowired
    Environment environment;

    @Test
    void kafkaAndMongoAreServiceConnectionsToTheRunningContainersAndEachAnswers() throws Exception {
        ContainerStack stack = ContainerStack.shared().orElseThrow();
        assertThat(kafka.getBootstrapServers()).containsExactly(stack.kafka().bootstrapServers());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
        try (var client = MongoClients.create(mongo.getConnectionString())) {
            var probes = client.getDatabase("storyreel").getCollection("probes");
            probes.insertOne(new Document("_id", "container-probe"));
            assertThat(probes.countDocuments(new Document("_id", "container-probe"))).isEqualTo(1);
        }
    }

    @Test
    void s3SettingsPointAtTheRunningMinio() throws Exception {
        String endpoint = environment.getProperty("storyreel.s3.endpoint");
        assertThat(endpoint).isEqualTo(ContainerStack.shared().orElseThrow().s3().endpoint().toString());
        var live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint + "/minio/health/live")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(live.statusCode()).isEqualTo(200);
    }

    @Test
    void theSuitesAskingForContainersGetThem() {
        System.setProperty(SharedLocalStack.MODE, "containers");
        try {
            assertThat(SharedLocalStack.get()).isSameAs(ContainerStack.shared().orElseThrow());
        }
        finally {
            System.clearProperty(SharedLocalStack.MODE);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(StoryReelContainers.class)
    static class Probe {
    }
}
