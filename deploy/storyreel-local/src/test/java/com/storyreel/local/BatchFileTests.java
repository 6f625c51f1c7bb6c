package com.storyreel.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchFileTests {

    private static final Path FILE = Path.of("stories.txt");

    private static BatchFile parse(String text) {
        return BatchFile.parse(FILE, text.lines().toList(), Map.of());
    }

    @Test
    void eachLineIsAPromptSkippingBlankLinesAndComments() {
        BatchFile file = parse("""
                # foxes first
                a fox who wants to fly

                  an owl who cannot sleep  \t
                #an old idea
                """);

        assertThat(file.stories()).containsExactly(new BatchFile.Line(2, Map.of("prompt", "a fox who wants to fly")),
                new BatchFile.Line(4, Map.of("prompt", "an owl who cannot sleep")));
    }

    @Test
    void aLineStartingWithABraceIsAWholeRequest() {
        BatchFile file = parse("""
                a fox
                {"script": "The owl woke. She flew.", "sceneCount": 2, "aspectRatio": "9:16"}
                """);

        assertThat(file.stories().get(1)).isEqualTo(new BatchFile.Line(2,
                Map.of("script", "The owl woke. She flew.", "sceneCount", 2, "aspectRatio", "9:16")));
    }

    @Test
    void theCommandLineSettingsFillWhatALineDoesNotSay() {
        BatchFile file = BatchFile.parse(FILE, List.of("a fox", "{\"prompt\": \"an owl\", \"sceneCount\": 5}"),
                Map.of("sceneCount", 2, "voice", "slt"));

        assertThat(file.stories()).extracting(BatchFile.Line::request).containsExactly(
                Map.of("prompt", "a fox", "sceneCount", 2, "voice", "slt"),
                Map.of("prompt", "an owl", "sceneCount", 5, "voice", "slt"));
    }

    @Test
    void everyBadLineIsToldByItsNumberAtOnce() {
        assertThatThrownBy(() -> parse("""
                a fox
                {"prompt": "an owl",
                # fine
                {"prompt": "a cat"} {"prompt": "a dog"}
                """))
                .isInstanceOf(Options.UsageException.class)
                .hasMessageContaining("stories.txt line 2: not valid JSON")
                .hasMessageContaining("stories.txt line 4: not valid JSON")
                .hasMessageNotContaining("line 1:")
                .hasMessageNotContaining("line 3:")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aFileWithoutStoriesIsBad() {
        assertThatThrownBy(() -> parse("# nothing yet\n\n")).hasMessageContaining("holds no story");
    }

    @Test
    void aFileThatCannotBeReadIsNamed(@TempDir Path folder) {
        assertThatThrownBy(() -> BatchFile.read(folder.resolve("missing.txt"), Map.of()))
                .isInstanceOf(Options.UsageException.class).hasMessageContaining("Cannot read the batch");
    }

    @Test
    void storiesAreSentInChunksOfAtMostAHundredInFileOrder(@TempDir Path folder) throws Exception {
        Path path = Files.write(folder.resolve("many.txt"), IntStream.rangeClosed(1, 250).mapToObj(i -> "story " + i).toList());

        List<List<BatchFile.Line>> chunks = BatchFile.read(path, Map.of()).chunks(BatchRun.MAX_BATCH);

        assertThat(chunks).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(chunks.get(2).getFirst()).isEqualTo(new BatchFile.Line(201, Map.of("prompt", "story 201")));
    }
}
