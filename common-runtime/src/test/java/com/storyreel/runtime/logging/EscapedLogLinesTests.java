package com.storyreel.runtime.logging;

import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.storyreel.runtime.events.StoryMdc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values a client chose, with line breaks in them, logged through each logback configuration the
 * services use: the services' own (common-runtime's logback-spring.xml) and the test JVMs' one.
 */
@ExtendWith(OutputCaptureExtension.class)
class EscapedLogLinesTests {

    private static final String FORGED_ID = "st-1\r\n12:00:00.000 INFO  [st-2] forged by the id";
    private static final String FORGED_PROMPT = "a fox\n12:00:00.000 ERROR [st-3] forged by the prompt\r\u2028and more";

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void restoreTestLogging() throws Exception {
        configure("/storyreel-test-logging.xml");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/logback-spring.xml", "/storyreel-test-logging.xml" })
    void aStoryIdAndAPromptWithLineBreaksMakeOneLogLine(String configuration, CapturedOutput output) throws Exception {
        configure(configuration);
        Logger log = LoggerFactory.getLogger(EscapedLogLinesTests.class);

        try (var mdc = StoryMdc.open(FORGED_ID)) {
            log.warn("Story requested: {}", FORGED_PROMPT);
        }

        List<String> lines = output.getOut().lines().filter(line -> line.contains("forged")).toList();
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line).contains("Story requested: a fox").contains("forged by the id").contains("forged by the prompt");
            assertThat(line).doesNotContain("\r").doesNotContain("\u2028");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "/logback-spring.xml" })
    void anExceptionsMessageWithLineBreaksStaysOnItsOwnLine(String configuration, CapturedOutput output) throws Exception {
        configure(configuration);
        Logger log = LoggerFactory.getLogger(EscapedLogLinesTests.class);

        log.error("Could not read the record",
                new IllegalStateException("bad\n12:00:00.000 INFO  forged by the exception", new RuntimeException("x\ry")));

        assertThat(output.getOut().lines().filter(line -> line.contains("forged by the exception")))
                .singleElement().asString().startsWith("java.lang.IllegalStateException: bad\\n12:00:00.000");
        assertThat(output.getOut()).contains("Caused by: java.lang.RuntimeException: x\\ry");
    }

    @ParameterizedTest
    @ValueSource(strings = { "plain text", "tab\tstays" })
    void textWithoutLineBreaksIsLeftAsItIs(String text) {
        assertThat(EscapedMessageConverter.escape(text)).isSameAs(text);
    }

    private void configure(String resource) throws Exception {
        context.reset();
        // What storyreel-runtime.yml's logging.pattern.level gives Spring Boot's patterns.
        context.putProperty("LOG_LEVEL_PATTERN", "%5p [%X{storyId:-}]");
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(EscapedLogLinesTests.class.getResource(resource));
    }
}
