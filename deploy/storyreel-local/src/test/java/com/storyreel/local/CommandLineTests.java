package com.storyreel.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code storyreel} given a bad command line, run as a user runs it: in a JVM of its own. It answers with
 * one line that says what is wrong, exits with 64 (EX_USAGE), and starts nothing; a service run without
 * the environment infra prints says what it lacks and exits with 78 (EX_CONFIG).
 */
class CommandLineTests {

    @TempDir
    static Path folder;

    static Stream<Arguments> badCommandLines() throws Exception {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
        Path badBatch = Files.writeString(folder.resolve("bad-batch.txt"), "a fox\n{\"prompt\": \"an owl\"\n");
        return Stream.of(
                Arguments.of(new String[] {"make", "a fox", "--colour", "red"}, "Unknown option --colour"),
                Arguments.of(new String[] {"make", "a fox", "--scenes", "many"}, "--scenes must be a number"),
                Arguments.of(new String[] {"make", "a fox", "--scenes"}, "--scenes needs a value"),
                Arguments.of(new String[] {"paint", "a fox"}, "Unknown command 'paint'"),
                Arguments.of(new String[] {"make"}, "make needs a PROMPT, --script FILE or --batch FILE"),
                Arguments.of(new String[] {"service"}, "service needs one NAME: story-service, scene-image-service"),
                Arguments.of(new String[] {"service", "painter"}, "Unknown service 'painter' (one of story-service"),
                Arguments.of(new String[] {"infra", "--kafka-port", "any"}, "--kafka-port must be a number"),
                Arguments.of(new String[] {"make", "--script", folder.resolve("missing.txt").toString()}, "Cannot read the script"),
                Arguments.of(new String[] {"make", "--batch", folder.resolve("missing.txt").toString()}, "Cannot read the batch"),
                Arguments.of(new String[] {"make", "--batch", badBatch.toString()}, "bad-batch.txt line 2: not valid JSON"),
                Arguments.of(new String[] {"make", "a fox", "--batch", badBatch.toString()}, "PROMPT, --script FILE or --batch FILE, only one"),
                Arguments.of(new String[] {"make", "a fox", "--out", file.resolve("out").toString()}, "Cannot write to --out"),
                Arguments.of(new String[] {"make", "a fox", "--port", "1", "--data", file.resolve("data").toString(),
                        "--out", folder.resolve("out").toString()}, "Cannot write to --data"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badCommandLines")
    void aBadCommandLineGetsOneLineSayingWhatIsWrong(String[] arguments, String error) throws Exception {
        Process process = new ProcessBuilder(ServeProcess.command(arguments)).redirectErrorStream(true).start();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isEqualTo(64);
        assertThat(output.lines().filter(line -> !line.isBlank())).as(output).singleElement()
                .satisfies(line -> assertThat(line).startsWith("storyreel: ").contains(error));
    }

    @Test
    void aServiceWithoutTheEnvironmentInfraPrintsNamesWhatItLacksAndStartsNothing() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ServeProcess.command("service", "render-service", "--data",
                folder.resolve("data").toString())).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("STORYREEL_"));
        Process process = builder.start();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isEqualTo(78);
        assertThat(output.lines().filter(line -> !line.isBlank())).as(output).singleElement()
                .satisfies(line -> assertThat(line).contains("SPRING_KAFKA_BOOTSTRAP_SERVERS, SPRING_MONGODB_URI, STORYREEL_S3_ENDPOINT")
                        .contains("storyreel infra"));
    }
}
