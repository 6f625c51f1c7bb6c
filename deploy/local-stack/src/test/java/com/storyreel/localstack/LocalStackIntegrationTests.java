package com.storyreel.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import static org.assertj.core.api.Assertions.assertThat;

class LocalStackIntegrationTests {

    @TempDir
    Path data;

    @Test
    void serversAcceptRealClientsAndKeepStateAcrossARestart() throws Exception {
        try (LocalStack stack = LocalStack.start(data, true, "127.0.0.1", 0, 0)) {
            exerciseKafka(stack.kafka().bootstrapServers(), true);
            try (var client = MongoClients.create(stack.mongo().connectionString())) {
                var stories = client.getDatabase("storyreel").getCollection("stories");
                stories.insertOne(new Document("_id", "s1").append("scenes", List.of(new Document("image", null))));
                var result = stories.updateOne(Filters.and(Filters.eq("_id", "s1"), Filters.ne("scenes.0.image.state", "DONE")),
                        Updates.set("scenes.0.image", new Document("state", "DONE")));
                assertThat(result.getModifiedCount()).isEqualTo(1);
            }
            exerciseS3(stack.s3());
        }
        try (LocalStack stack = LocalStack.start(data, true, "127.0.0.1", 0, 0)) {
            assertThat(stack.s3().secretKey()).as("the data folder's own S3 secret, reused").isEqualTo(LocalS3Credentials.of(data).secretKey());
            exerciseKafka(stack.kafka().bootstrapServers(), false);
            try (var client = MongoClients.create(stack.mongo().connectionString())) {
                var story = client.getDatabase("storyreel").getCollection("stories").find(Filters.eq("_id", "s1")).first();
                assertThat(story).isNotNull();
                assertThat(story.getList("scenes", Document.class).get(0).get("image", Document.class).getString("state"))
                        .isEqualTo("DONE");
            }
            try (S3Client s3 = s3Client(stack.s3())) {
                assertThat(s3.getObjectAsBytes(b -> b.bucket("assets").key("a/b.txt")).asUtf8String()).isEqualTo("hello");
            }
        }
    }

    private static void exerciseKafka(String bootstrap, boolean produce) {
        if (produce) {
            try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("probe", "k", "v")).get();
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
        try (var consumer = new KafkaConsumer<String, String>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + produce, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("probe"));
            var values = new java.util.ArrayList<String>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            assertThat(values).containsExactly("v");
        }
    }

    private static void exerciseS3(LocalS3 local) throws Exception {
        try (S3Client s3 = s3Client(local)) {
            s3.createBucket(b -> b.bucket("assets"));
            s3.putObject(b -> b.bucket("assets").key("a/b.txt"), RequestBody.fromString("hello"));
        }
        try (S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1).endpointOverride(local.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(local.accessKey(), local.secretKey())))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build()) {
            URI url = presigner.presignGetObject(b -> b.signatureDuration(Duration.ofMinutes(5))
                    .getObjectRequest(g -> g.bucket("assets").key("a/b.txt"))).url().toURI();
            assertThat(url.getHost()).isEqualTo("127.0.0.1");
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("hello");
        }
    }

    private static S3Client s3Client(LocalS3 local) {
        return S3Client.builder().region(Region.US_EAST_1).endpointOverride(local.endpoint()).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(local.accessKey(), local.secretKey())))
                .build();
    }
}
