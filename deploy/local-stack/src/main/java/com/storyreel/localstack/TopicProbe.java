package com.storyreel.localstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Plain Kafka clients for tests: send raw records and read what arrives on topics, as any outside
 * client would.
 */
public final class TopicProbe implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<byte[], byte[]> producer;

    public TopicProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    /** Sends a record with a String key and a UTF-8 value and waits for the broker's acknowledgement. */
    public void send(String topic, String key, String value) {
        send(topic, key, value.getBytes(StandardCharsets.UTF_8));
    }

    public void send(String topic, String key, byte[] value) {
        send(topic, key, value, Map.of());
    }

    /** Sends a record with headers (UTF-8 text by name), as a client that traces its requests does. */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        send(topic, key, value.getBytes(StandardCharsets.UTF_8), headers);
    }

    private void send(String topic, String key, byte[] value, Map<String, String> headers) {
        var record = new ProducerRecord<>(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not send to " + topic, ex);
        }
    }

    /** Starts reading a topic from its beginning; records pile up in the returned reader. */
    public Reader read(String topic) {
        return new Reader(bootstrapServers, topic);
    }

    @Override
    public void close() {
        producer.close();
    }

    /** A background reader of one topic. */
    public static final class Reader implements AutoCloseable {

        private final List<Received> records = new CopyOnWriteArrayList<>();
        private final Thread thread;
        private volatile boolean running = true;

        Reader(String bootstrapServers, String topic) {
            var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
            consumer.subscribe(List.of(topic));
            thread = Thread.ofPlatform().daemon().name("probe-" + topic).start(() -> {
                try (consumer) {
                    while (running) {
                        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                            records.add(Received.of(record));
                        }
                    }
                }
            });
        }

        public List<Received> records() {
            return List.copyOf(records);
        }

        public List<Received> matching(Predicate<Received> filter) {
            return records.stream().filter(filter).toList();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(5_000);
        }
    }

    /** Whether {@code key} is the key of one of the story's records: its storyId, or {@code storyId/scene}. */
    public static boolean isKeyOf(String key, String storyId) {
        return key != null && (key.equals(storyId) || key.startsWith(storyId + "/"));
    }

    /** A record as read: key and value as UTF-8 text, headers as raw bytes by name. */
    public record Received(String topic, int partition, String key, String value, Map<String, byte[]> headers) {

        static Received of(ConsumerRecord<byte[], byte[]> record) {
            Map<String, byte[]> headers = new java.util.LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value());
            }
            return new Received(record.topic(), record.partition(),
                    record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                    record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8), headers);
        }

        public boolean ofStory(String storyId) {
            return isKeyOf(key, storyId);
        }

        public String header(String name) {
            byte[] value = headers.get(name);
            return value == null ? null : new String(value, StandardCharsets.UTF_8);
        }
    }
}
