package com.storyreel.audio;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoClients;
import com.storyreel.localstack.SharedLocalStack;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.stories.KnownStories;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import com.storyreel.runtime.vendor.VendorProperties;
import com.storyreel.runtime.work.StageExecutor;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.mockito.Mockito.mock;

/**
 * The service's own beans as it starts them, from its application.yml and the environment: every configuration
 * and settings record of its packages, over plain stand-ins for what common-runtime provides.
 */
public final class AudioServiceContext {

    private AudioServiceContext() {
    }

    public static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withInitializer(app -> {
                    try {
                        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                                .forEach(app.getEnvironment().getPropertySources()::addLast);
                    }
                    catch (IOException ex) {
                        throw new IllegalStateException(ex);
                    }
                })
                .withUserConfiguration(ServiceBeans.class)
                .withBean(VendorHttp.class, () -> new VendorHttp(RestClient.builder(),
                        new VendorProperties(false, Duration.ofMinutes(5), Duration.ofSeconds(10)),
                        new SimpleMeterRegistry(), List.of()))
                .withBean(VendorGuards.class, () -> new VendorGuards(RetryRegistry.ofDefaults(),
                        CircuitBreakerRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(),
                        BulkheadRegistry.ofDefaults()))
                .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
                .withBean(MongoTemplate.class, () -> new MongoTemplate(
                        MongoClients.create(SharedLocalStack.get().mongo().connectionString()), "audio-service-context"))
                .withBean(StageExecutor.class, () -> mock(StageExecutor.class))
                .withBean(AssetStore.class, () -> mock(AssetStore.class))
                .withBean(KnownStories.class, () -> mock(KnownStories.class))
                .withBean(StoryContext.class, () -> mock(StoryContext.class));
    }

    /** The application's own scan, without its auto-configuration. */
    @ComponentScan(basePackageClasses = AudioServiceApplication.class,
            excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AudioServiceApplication.class))
    @ConfigurationPropertiesScan(basePackageClasses = AudioServiceApplication.class)
    static class ServiceBeans {
    }
}
