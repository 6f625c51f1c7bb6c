package com.storyreel.image.leonardo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.storyreel.localstack.LocalStackProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The scene image service on the shared local stack with Leonardo as its provider (chosen by auto, from
 * the key), its downloads allowed from the WireMock Leonardo, polled every 200 ms to 500 ms. Each class sets
 * LEONARDO_BASE_URL to its {@link LeonardoStub}, and any timing of its own; its context is closed after it so no
 * two contexts poll the same vendor jobs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "LEONARDO_API_KEY=" + LeonardoStub.KEY,
        "storyreel.vendors.allow-http-downloads=true",
        "storyreel.leonardo.download-hosts=localhost",
        "storyreel.jobs.poll-interval=200ms",
        "storyreel.leonardo.first-poll-delay=200ms",
        "storyreel.leonardo.max-poll-delay=500ms",
        "resilience4j.retry.instances.leonardo.wait-duration=10ms" })
@ContextConfiguration(initializers = LocalStackProperties.class)
@DirtiesContext
@interface LeonardoServiceTest {
}
