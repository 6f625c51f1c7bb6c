package com.storyreel.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.storyreel.localstack.TestStack;

/**
 * What a service needs to know to run against a stack: where Kafka, MongoDB and S3 are, the S3
 * credentials, and settings the stack calls for. {@code serve} passes it to the services it runs;
 * {@code infra} prints it as environment variables for services run as processes of their own.
 */
record ServiceEnvironment(Map<String, Object> properties) {

    ServiceEnvironment {
        properties = Map.copyOf(properties);
    }

    /** The environment of services on {@code stack}, with {@code extraProperties} over it. */
    static ServiceEnvironment of(TestStack stack, Map<String, Object> extraProperties) {
        Map<String, Object> properties = new LinkedHashMap<>(stack.springProperties());
        // The embedded MongoDB-wire server does not implement 'hello', which Boot's Mongo health check sends.
        properties.put("management.health.mongodb.enabled", "false");
        properties.putAll(extraProperties);
        return new ServiceEnvironment(properties);
    }

    /**
     * The environment as {@code KEY=VALUE} lines, sorted. Each name is the property's
     * with dots and dashes made underscores, upper-cased ({@code SPRING_KAFKA_BOOTSTRAP_SERVERS}): the form
     * the README and compose use, which Spring Boot's relaxed binding reads back as the property.
     */
    List<String> lines() {
        return properties.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(property -> variable(property.getKey()) + "=" + property.getValue()).toList();
    }

    static String variable(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
