package com.storyreel.runtime.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code storyreel-runtime.yml}, the settings every service shares (Kafka binder, dead-letter
 * topics, metrics, logging), as the lowest-precedence property source, so each service's own
 * application.yml and the environment override any of it.
 */
public class RuntimeDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "storyreel-runtime.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader().load("storyreelRuntimeDefaults", new ClassPathResource(RESOURCE, RuntimeDefaults.class.getClassLoader()))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read " + RESOURCE, ex);
        }
    }
}
