package com.storyreel.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressDisplayTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode story(String status, String... sceneStages) {
        StringBuilder scenes = new StringBuilder();
        for (String stages : sceneStages) {
            scenes.append(scenes.isEmpty() ? "" : ",").append("{\"stages\":").append(stages).append('}');
        }
        return JSON.readTree("""
                {"status":"%s","progress":{"scenes":%d,"images":1,"narrations":2,"clips":1,"merges":0,"rendered":false,"percent":40},
                 "scenes":[%s]}""".formatted(status, sceneStages.length, scenes));
    }

    @Test
    void describesEachStageAndEachScene() {
        JsonNode story = story("GENERATING",
                "{\"image\":{\"state\":\"DONE\"},\"narration\":{\"state\":\"DONE\"},\"clip\":{\"state\":\"DONE\"},\"merge\":{\"state\":\"PENDING\"}}",
                "{\"image\":{\"state\":\"PENDING\"},\"narration\":{\"state\":\"DONE\"},\"clip\":{\"state\":\"PENDING\"},\"merge\":{\"state\":\"PENDING\"}}",
                "{\"image\":{\"state\":\"FAILED\"},\"narration\":{\"state\":\"PENDING\"},\"clip\":{\"state\":\"PENDING\"},\"merge\":{\"state\":\"PENDING\"}}");

        assertThat(ProgressDisplay.describe(story))
                .isEqualTo("generating: images 1/3 · narration 2/3 · clips 1/3 · merged 0/3 · render waiting · scenes [cnx]");
    }

    @Test
    void printsOneLinePerChangeWhenNotOnATerminal() {
        var bytes = new ByteArrayOutputStream();
        var display = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        JsonNode writing = JSON.readTree("{\"status\":\"WRITING\",\"progress\":{\"scenes\":0}}");

        display.show(writing);
        display.show(writing);
        display.show(story("GENERATING", "{\"image\":{\"state\":\"DONE\"}}"));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).hasSize(2).first().isEqualTo("writing: writing the story");
    }

    @Test
    void redrawsOneLineInPlaceOnATerminal() {
        var bytes = new ByteArrayOutputStream();
        var display = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

        display.show(story("GENERATING", "{}"));
        display.finish();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\r\033[2K[###########.................]  40% generating");
        assertThat(out).endsWith(System.lineSeparator());
    }
}
