package com.storyreel.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's {@link TopicProbe} on the shared stack's Kafka, with readers of the topics the class watches
 * throughout: opened before its first test, closed after its last. Declare it as a static
 * {@code @RegisterExtension} field.
 */
public final class TopicProbeExtension implements BeforeAllCallback, AfterAllCallback {

    private final List<String> topics;
    private final Map<String, TopicProbe.Reader> readers = new LinkedHashMap<>();
    private TopicProbe probe;

    private TopicProbeExtension(List<String> topics) {
        this.topics = topics;
    }

    /** A probe that reads the given topics from their beginning for the whole class. */
    public static TopicProbeExtension reading(String... topics) {
        return new TopicProbeExtension(List.of(topics));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        probe = new TopicProbe(SharedLocalStack.get().kafka().bootstrapServers());
        topics.forEach(topic -> readers.put(topic, probe.read(topic)));
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        for (TopicProbe.Reader reader : readers.values()) {
            reader.close();
        }
        readers.clear();
        probe.close();
    }

    /** The probe, to send records or to read a topic for one test. */
    public TopicProbe probe() {
        return probe;
    }

    /** The class-long reader of one of the topics named in {@link #reading}. */
    public TopicProbe.Reader reader(String topic) {
        TopicProbe.Reader reader = readers.get(topic);
        if (reader == null) {
            throw new IllegalArgumentException(topic + " is not among the topics this class reads: " + topics);
        }
        return reader;
    }
}
