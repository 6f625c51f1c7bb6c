package com.storyreel.localstack;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring context at the JVM's {@link SharedLocalStack}: use it in
 * {@code @ContextConfiguration(initializers = LocalStackProperties.class)}. Being a class rather than a
 * per-test property method, it lets test classes share one cached context.
 */
public class LocalStackProperties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("localStack", SharedLocalStack.get().springProperties()));
    }
}
