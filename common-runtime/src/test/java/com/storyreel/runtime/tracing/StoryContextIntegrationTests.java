package com.storyreel.runtime.tracing;

import java.util.UUID;

import com.storyreel.localstack.LocalStackProperties;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's story context with tracing on and JSON logs switched on by the one setting
 * ({@code logging.structured.format.console}), on the MongoDB-wire server.
 */
@SpringBootTest(classes = StoryContextIntegrationTests.TracedService.class, properties = {
        "spring.application.name=traced-service", "logging.structured.format.console=ecs",
        "spring.cloud.function.definition=", "spring.cloud.stream.output-bindings=" })
@ContextConfiguration(initializers = LocalStackProperties.class)
@ExtendWith(OutputCaptureExtension.class)
class StoryContextIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(StoryContextIntegrationTests.class);

    @Autowired
    StoryContext storyContext;

    @Autowired
    Tracer tracer;

    @Autowired
    MongoTemplate mongo;

    /** Spring Boot keeps the logging settings as system properties: the JVM's next tests log lines again. */
    @AfterAll
    static void plainLogLinesAgain() {
        System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
    }

    @Test
    void workOnAStoryOutsideAnyRecordContinuesTheStorysTraceAndLogsJsonNamingServiceStoryAndTrace(CapturedOutput output) {
        String storyId = "st-" + UUID.randomUUID();
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        mongo.getCollection("stories").insertOne(new Document("_id", storyId)
                .append("traceparent", "00-" + traceId + "-b7ad6b7169203331-01"));

        try (var scope = storyContext.open(storyId)) {
            assertThat(tracer.currentSpan().context().traceId()).isEqualTo(traceId);
            log.info("Polling the vendor's job for the story");
        }

        String line = output.getOut().lines().filter(l -> l.contains("Polling the vendor's job")).findFirst().orElseThrow();
        JsonNode json = JsonMapper.shared().readTree(line);
        assertThat(json.path("storyId").asString()).isEqualTo(storyId);
        assertThat(json.path("serviceName").asString()).isEqualTo("traced-service");
        assertThat(json.path("traceId").asString()).isEqualTo(traceId);
        assertThat(tracer.currentSpan()).isNull();
    }

    @Test
    void aNewStoryKeepsTheTraceparentOfTheSpanItIsCreatedIn() {
        Span request = tracer.nextSpan().name("POST /api/stories").start();
        try (var inScope = tracer.withSpan(request)) {
            assertThat(storyContext.traceparent())
                    .isEqualTo("00-" + request.context().traceId() + "-" + request.context().spanId() + "-01");
        }
        finally {
            request.end();
        }
        assertThat(storyContext.traceparent()).isNull();
    }

    @Test
    void aStoryWithoutAStoredTraceKeepsTheCurrentOne() {
        String storyId = "st-" + UUID.randomUUID();
        mongo.getCollection("stories").insertOne(new Document("_id", storyId));
        Span record = tracer.nextSpan().name("story.requested receive").start();
        try (var inScope = tracer.withSpan(record); var scope = storyContext.open(storyId)) {
            assertThat(tracer.currentSpan().context().spanId()).isEqualTo(record.context().spanId());
        }
        finally {
            record.end();
        }
    }

    @SpringBootApplication
    static class TracedService {
    }
}
