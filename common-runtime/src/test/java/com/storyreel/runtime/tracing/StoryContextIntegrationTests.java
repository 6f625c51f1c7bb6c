package com.storyreel.runtime.tracing;

import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.storyreel.localstack.LocalStackProperties;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's story context with tracing on, on the MongoDB-wire server, and the lines it logs as a
 * service's own process writes them: Spring Boot's logging from common-runtime's logback-spring.xml,
 * plain and with JSON switched on by the one setting ({@code logging.structured.format.console}).
 */
@SpringBootTest(classes = StoryContextIntegrationTests.TracedService.class, properties = {
        "spring.application.name=traced-service", "spring.cloud.function.definition=",
        "spring.cloud.stream.output-bindings=" })
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

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    ApplicationContext service;

    /** Back to the test JVM's own logging (the root pom's storyreel-test-logging.xml). */
    @AfterEach
    void testLoggingAgain() throws Exception {
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void workOnAStoryOutsideAnyRecordContinuesTheStorysTraceAndLogsJsonNamingServiceStoryAndTrace(CapturedOutput output) {
        String storyId = "st-" + UUID.randomUUID();
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        mongo.getCollection("stories").insertOne(new Document("_id", storyId)
                .append("traceparent", "00-" + traceId + "-b7ad6b7169203331-01"));
        logAsAService(Map.of("logging.structured.format.console", "ecs"));

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
    void aPlainLineAboutAStoryNamesTheServiceTheStoryAndItsTrace(CapturedOutput output) {
        String storyId = "st-" + UUID.randomUUID();
        String traceId = "5c1e0f6a2b3d4e5f60718293a4b5c6d7";
        mongo.getCollection("stories").insertOne(new Document("_id", storyId)
                .append("traceparent", "00-" + traceId + "-1a2b3c4d5e6f7081-01"));
        logAsAService(Map.of());

        try (var scope = storyContext.open(storyId)) {
            log.info("Resuming the story's stalled unit");
        }

        assertThat(output.getOut().lines().filter(line -> line.contains("Resuming the story's stalled unit")))
                .singleElement().asString()
                .contains("[" + storyId + "]").contains("[traced-service]").contains("[" + traceId + "-");
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
    void spansAreExportedNowhereByDefault() {
        assertThat(service.getBeanProvider(SpanExporter.class).stream()).isEmpty();
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

    /** Initializes logging as a service's process does, from this service's environment plus {@code settings}. */
    private void logAsAService(Map<String, Object> settings) {
        StandardEnvironment service = new StandardEnvironment();
        environment.getPropertySources().forEach(source -> service.getPropertySources().addLast(source));
        service.getPropertySources().addFirst(new MapPropertySource("settings", settings));
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.cleanUp();
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(service), null, null);
    }

    @SpringBootApplication
    static class TracedService {
    }
}
