package com.storyreel.runtime.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.cloud.stream.config.BindingServiceProperties;

/**
 * Counts the records the Kafka binder sends to a dead-letter topic, by consumer group and the topic
 * they came from ({@code storyreel.dead.letters}). The binder asks it for each such record's
 * partition, so it sees every one; it answers as the binder's own default does (the record's
 * partition, the dead-letter topics having as many as their sources).
 */
public final class DeadLetterMeter implements DlqPartitionFunction {

    static final String NAME = "storyreel.dead.letters";

    private final MeterRegistry meters;

    /** Registers a 0 for every consumer binding with a group, so dashboards show 0 rather than nothing. */
    public DeadLetterMeter(MeterRegistry meters, BindingServiceProperties bindings) {
        this.meters = meters;
        bindings.getBindings().values().stream()
                .filter(binding -> binding.getGroup() != null && binding.getDestination() != null)
                .forEach(binding -> counter(binding.getGroup(), binding.getDestination()));
    }

    @Override
    public Integer apply(String group, ConsumerRecord<?, ?> record, Throwable failure) {
        counter(group, record.topic()).increment();
        return record.partition();
    }

    private Counter counter(String group, String topic) {
        return Counter.builder(NAME)
                .description("Records sent to a dead-letter topic")
                .tag("group", group == null ? "" : group)
                .tag("topic", topic)
                .register(meters);
    }
}
