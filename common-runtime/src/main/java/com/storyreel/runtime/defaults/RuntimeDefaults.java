package com.storyreel.runtime.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code storyreel-runtime.yml}, the settings every service shares (Kafka binder, dead-letter
 * topics, metrics, logging), as the lowest-precedence property source, so each service's own
 * application.yml and the environment override any of it. Below it, {@code storyreel.cores}: the
 * processors this JVM may use, which the local media stages size their consumer concurrency to.
 */
public class RuntimeDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "storyreel-runtime.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader().load("storyreelRuntimeDefaults", new ClassPathResource(RESOURCE, RuntimeDefaults.class.getClassLoader()))
                    .forEach(source -> environment.getPropertySources().addLast(source));
            environment.getPropertySources().addLast(new MapPropertySource("storyreelMachine",
                    Map.of("storyreel.cores", Runtime.getRuntime().availableProcessors())));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read " + RESOURCE, ex);
        }
    }
}
