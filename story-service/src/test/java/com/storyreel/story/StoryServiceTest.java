package com.storyreel.story;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.storyreel.localstack.LocalStackProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The story service on the shared local stack (real Kafka, MongoDB-wire server and S3), with the
 * gateway on a random port. Every test class using it shares one context. Stories are written locally
 * even where OPENAI_API_KEY is set, so tests never call (or pay) OpenAI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "storyreel.gates.stale-after=1s", "storyreel.recovery.quiet-for=1s", "storyreel.recovery.interval=1h",
        "storyreel.webhooks.leonardo-token=test-leonardo-token", "storyreel.webhooks.json2video-secret=test-json2video-secret",
        "storyreel.writer.provider=local"})
@ContextConfiguration(initializers = LocalStackProperties.class)
@Import(WrittenStories.class)
public @interface StoryServiceTest {
}
