package com.storyreel.story.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryCharacter;
import com.storyreel.events.VendorCost;
import com.storyreel.runtime.vendor.VendorException;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.storytelling.ScriptSplitter;
import com.storyreel.story.writing.WrittenStory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.storyreel.story.openai.OpenAiStubs.PATH;
import static com.storyreel.story.openai.OpenAiStubs.completion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenAiStoryWriterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SCRIPT = """
            The Lantern Keeper

            Old Tom kept the lighthouse on a rocky island.   Every night he climbed the tower
            and lit the lamp.

            One evening a storm rolled in. "Will the ships see it?" he whispered. Pip the fox curled up by the stove.

            At dawn a small boat sailed safely home.
            """;

    private static final List<String> SENTENCES = List.of("Old Tom kept the lighthouse on a rocky island.",
            "Every night he climbed the tower and lit the lamp.", "One evening a storm rolled in.",
            "\"Will the ships see it?\" he whispered.", "Pip the fox curled up by the stove.",
            "At dawn a small boat sailed safely home.");

    private static final List<StoryCharacter> NO_CHARACTERS = List.of();

    private static final String PIP_LOOKS = "a small red fox with a white-tipped tail in a blue scarf";

    private static final StoryCharacter PIP = new StoryCharacter("Pip", "fox", PIP_LOOKS + ".");

    private static final StoryCharacter TOM = new StoryCharacter("Tom", "lighthouse keeper",
            "an old lighthouse keeper in a navy sweater with a white beard");

    private static final StoryCharacter OWL = new StoryCharacter("the owl", "owl", "a small brown owl with round yellow eyes");

    private WireMockServer server;

    private OpenAiStoryWriter writer;

    @BeforeEach
    void startStubServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        writer = new OpenAiStoryWriter(OpenAiTestClient.against(server.baseUrl(), OpenAiTestClient.quickRetries(), JSON),
                JSON, 5);
    }

    @AfterEach
    void stopStubServer() {
        server.stop();
    }

    @Test
    void recordsOpenAiAsTheProviderOfPromptsAndScripts() {
        assertThat(writer.provider(prompt("a fox", null))).isEqualTo("openai");
        assertThat(writer.provider(script(SCRIPT, null))).isEqualTo("openai");
    }

    @Test
    void writesAPromptsTitleAndScenesForTheFrameAndStyleAsked() {
        answer(storyboard("Pip and the Silver Wind", List.of(PIP), scene("Pip the fox  watched the birds\nevery morning.",
                "A small red fox with a white-tipped tail on a grassy hill at sunrise, watercolor"),
                scene("One windy day, Pip climbed the tallest tree.", "The same small red fox high in an oak, windy afternoon, watercolor")),
                310, 260);

        WrittenStory story = writer.write(new StoryRequest("a fox who wants to fly", null, 2, "9:16", null, "watercolor", null));

        assertThat(story.title()).isEqualTo("Pip and the Silver Wind");
        assertThat(story.scenes()).containsExactly(
                new SceneScript(0, "Pip the fox watched the birds every morning.",
                        "A small red fox with a white-tipped tail on a grassy hill at sunrise, watercolor"),
                new SceneScript(1, "One windy day, Pip climbed the tallest tree.",
                        "The same small red fox high in an oak, windy afternoon, watercolor"));
        assertThat(story.characters()).containsExactly(new StoryCharacter("Pip", "fox", PIP_LOOKS));
        assertThat(story.cost()).isEqualTo(new VendorCost("openai", "tokens", 570));
        JsonNode messages = onlyRequest().path("messages");
        assertThat(messages.get(0).path("role").asString()).isEqualTo("system");
        assertThat(messages.get(0).path("content").asString()).contains("exactly 2 scenes", "9:16 portrait", "\"watercolor\"",
                "\"a tall lighthouse keeper in a yellow raincoat with a grey beard\"", "word for word");
        assertThat(messages.get(1).path("role").asString()).isEqualTo("user");
        assertThat(messages.get(1).path("content").asString()).endsWith("a fox who wants to fly");
        assertThat(onlyRequest().path("response_format").path("json_schema").path("name").asString()).isEqualTo("storyboard");
    }

    @Test
    void asksForTheDefaultSceneCountWhenAPromptNamesNone() {
        answer(storyboard("Five Scenes", NO_CHARACTERS, scene("One.", "a"), scene("Two.", "b"), scene("Three.", "c"),
                scene("Four.", "d"), scene("Five.", "e")), 100, 100);

        assertThat(writer.write(prompt("a whale", null)).scenes()).hasSize(5);
        assertThat(onlyRequest().path("messages").get(0).path("content").asString())
                .contains("exactly 5 scenes", "16:9 landscape", "\"storybook illustration\"");
    }

    @Test
    void failsWhenOpenAiWritesOtherThanTheScenesAskedFor() {
        answer(storyboard("Too Many", NO_CHARACTERS, scene("One.", "a"), scene("Two.", "b"), scene("Three.", "c")), 100, 100);

        assertThatThrownBy(() -> writer.write(prompt("a whale", 2))).isInstanceOf(VendorException.class)
                .hasMessage("openai: OpenAI wrote 3 scenes where 2 were asked for");
    }

    @Test
    void failsWhenOpenAiWritesNoScenes() {
        answer(storyboard("Nothing", NO_CHARACTERS), 100, 10);

        assertThatThrownBy(() -> writer.write(prompt("a whale", 2))).hasMessage("openai: OpenAI wrote no scenes");
    }

    @Test
    void failsWhenASceneHasNoNarration() {
        answer(storyboard("Quiet", NO_CHARACTERS, scene("One.", "a"), scene("  ", "b")), 100, 100);

        assertThatThrownBy(() -> writer.write(prompt("a whale", 2))).hasMessage("openai: OpenAI wrote scene 2 without narration");
    }

    @Test
    void keepsTheUsersWordsVerbatimAndTakesOnlyScenesAndPicturesFromOpenAi() {
        answer(scriptStoryboard("Storm Night", List.of(TOM, PIP),
                range(1, 2, "An old keeper with a white beard climbing a lighthouse at dusk"),
                range(3, 5, "The keeper and a small red fox by a stove during a storm"),
                range(6, 6, "A small boat reaching a harbour at dawn")), 420, 150);

        WrittenStory story = writer.write(script(SCRIPT, 3));

        assertThat(story.title()).isEqualTo("The Lantern Keeper");
        assertThat(story.scenes()).extracting(SceneScript::narration).containsExactly(
                SENTENCES.get(0) + " " + SENTENCES.get(1),
                SENTENCES.get(2) + " " + SENTENCES.get(3) + " " + SENTENCES.get(4),
                SENTENCES.get(5));
        assertThat(String.join(" ", story.scenes().stream().map(SceneScript::narration).toList()))
                .isEqualTo(SCRIPT.substring(SCRIPT.indexOf("Old Tom")).replaceAll("\\s+", " ").strip());
        assertThat(story.scenes()).extracting(SceneScript::imagePrompt)
                .containsExactly("An old keeper with a white beard climbing a lighthouse at dusk",
                        "The keeper and a small red fox by a stove during a storm", "A small boat reaching a harbour at dawn");
        assertThat(story.characters()).extracting(StoryCharacter::name).containsExactly("Tom", "Pip");
        assertThat(story.cost()).isEqualTo(new VendorCost("openai", "tokens", 570));
        JsonNode request = onlyRequest();
        assertThat(request.path("response_format").path("json_schema").path("name").asString()).isEqualTo("script_storyboard");
        assertThat(request.path("messages").get(0).path("content").asString()).contains("6 numbered sentences", "exactly 3 scenes",
                "\"a tall lighthouse keeper in a yellow raincoat with a grey beard\"");
        assertThat(request.path("messages").get(1).path("content").asString()).contains(
                "[1] " + SENTENCES.get(0) + "\n[2] " + SENTENCES.get(1), "[6] " + SENTENCES.get(5));
    }

    @Test
    void takesOpenAisTitleForAScriptWithoutOne() {
        answer(scriptStoryboard("The Owl at Dusk", List.of(OWL), range(1, 2, "An owl over a sleeping farm at dusk")), 100, 40);

        WrittenStory story = writer.write(script("The owl woke at dusk. She flew over the sleeping farm.", null));

        assertThat(story.title()).isEqualTo("The Owl at Dusk");
        assertThat(story.scenes()).containsExactly(new SceneScript(0, "The owl woke at dusk. She flew over the sleeping farm.",
                "An owl over a sleeping farm at dusk"));
    }

    @Test
    void fallsBackToTheLocalScenesWhenOpenAisRangesSkipASentence() {
        answer(scriptStoryboard("Storm Night", List.of(TOM), range(1, 2, "a keeper"), range(4, 6, "a storm")), 420, 90);

        WrittenStory story = writer.write(script(SCRIPT, 2));

        assertThat(story.scenes()).isEqualTo(new ScriptSplitter().split(SCRIPT, 2, null).scenes());
        assertThat(story.characters()).as("they belong to no scene").extracting(StoryCharacter::name).containsExactly("Tom");
        assertThat(story.title()).isEqualTo("The Lantern Keeper");
        assertThat(story.cost()).isEqualTo(new VendorCost("openai", "tokens", 510));
        server.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void acceptsOnlyScenesThatCoverEverySentenceOnceInOrder() {
        assertThat(OpenAiStoryWriter.misfit(List.of(range(1, 2), range(3, 6)), 6, null, 6)).isEmpty();
        assertThat(OpenAiStoryWriter.misfit(List.of(range(1, 2), range(3, 6)), 6, 2, 6)).isEmpty();
        assertThat(OpenAiStoryWriter.misfit(List.of(), 6, null, 6)).hasValue("no scenes");
        assertThat(OpenAiStoryWriter.misfit(List.of(range(1, 2), range(3, 6)), 6, 3, 6))
                .hasValue("2 scenes where 3 were asked for");
        assertThat(OpenAiStoryWriter.misfit(List.of(range(1, 3), range(3, 6)), 6, null, 6))
                .hasValue("scene 2 starts at sentence 3, not 4");
        assertThat(OpenAiStoryWriter.misfit(List.of(range(2, 6)), 6, null, 6)).hasValue("scene 1 starts at sentence 2, not 1");
        assertThat(OpenAiStoryWriter.misfit(List.of(range(1, 2), range(3, 7)), 6, null, 6))
                .hasValue("scene 2 ends at sentence 7, not between 3 and 6");
        assertThat(OpenAiStoryWriter.misfit(List.of(range(1, 2), range(3, 2)), 6, null, 6))
                .hasValue("scene 2 ends at sentence 2, not between 3 and 6");
        assertThat(OpenAiStoryWriter.misfit(List.of(range(1, 2), range(3, 5)), 6, null, 6))
                .hasValue("the scenes end at sentence 5 of 6");
        assertThat(OpenAiStoryWriter.misfit(List.of(range(1, 1), range(2, 2), range(3, 3)), 3, null, 2))
                .hasValue("3 scenes, more than 2");
        assertThat(OpenAiStoryWriter.misfit(List.of(new ScriptStoryboard.Scene(1, 3, " ")), 3, null, 3))
                .hasValue("scene 1 has no image prompt");
    }

    @Test
    void bothSchemasCloseEveryObjectAndRequireEveryPropertyAsStrictModeDemands() {
        for (String schema : List.of(Storyboard.SCHEMA, ScriptStoryboard.SCHEMA)) {
            List<JsonNode> objects = new ArrayList<>();
            collectObjects(JSON.readTree(schema), objects);
            assertThat(objects).hasSize(3).allSatisfy(object -> {
                assertThat(object.path("additionalProperties").isBoolean()).isTrue();
                assertThat(object.path("additionalProperties").asBoolean()).isFalse();
                assertThat(object.path("required").valueStream().map(JsonNode::asString).toList())
                        .containsExactlyInAnyOrderElementsOf(object.path("properties").propertyNames());
            });
        }
    }

    @Test
    void bothSchemasAskForEachCharactersNameRoleAndDescriptionBeforeTheScenes() {
        for (String schema : List.of(Storyboard.SCHEMA, ScriptStoryboard.SCHEMA)) {
            JsonNode properties = JSON.readTree(schema).path("properties");
            assertThat(properties.propertyNames()).containsSubsequence("characters", "scenes");
            assertThat(properties.at("/characters/items/properties").propertyNames())
                    .containsExactly("name", "role", "description");
        }
    }

    @Test
    void anAnswerWithoutCharactersGivesAStoryWithoutThem() {
        answer(Map.of("title", "Older", "scenes", List.of(scene("One.", "a"), scene("Two.", "b"))), 100, 100);

        WrittenStory story = writer.write(prompt("a whale", 2));

        assertThat(story.characters()).isEmpty();
        assertThat(story.scenes()).hasSize(2);
    }

    @Test
    void keepsOneCharacterANameEachOnOneLineAndDropsThoseWithoutANameOrADescription() {
        assertThat(OpenAiStoryWriter.characters(null)).isEmpty();
        assertThat(OpenAiStoryWriter.characters(List.of(
                new StoryCharacter(" Pip ", " fox ", "a small red fox\nin a green scarf with a torn ear. "),
                new StoryCharacter("pip", "fox", "a blue fox"),
                new StoryCharacter(" ", "whale", "a grey whale"),
                new StoryCharacter("Tom", "keeper", " "),
                new StoryCharacter("Ada", "", "a girl in a red coat with a kite"))))
                .containsExactly(new StoryCharacter("Pip", "fox", "a small red fox in a green scarf with a torn ear"),
                        new StoryCharacter("Ada", null, "a girl in a red coat with a kite"));
    }

    private static void collectObjects(JsonNode schema, List<JsonNode> objects) {
        if ("object".equals(schema.path("type").asString())) {
            objects.add(schema);
            schema.path("properties").values().forEach(property -> collectObjects(property, objects));
        }
        if (schema.has("items")) {
            collectObjects(schema.path("items"), objects);
        }
    }

    private void answer(Map<String, Object> content, int promptTokens, int completionTokens) {
        server.stubFor(post(PATH).willReturn(completion(JSON.writeValueAsString(content), "stop", promptTokens, completionTokens)));
    }

    private JsonNode onlyRequest() {
        server.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
        return JSON.readTree(server.findAll(postRequestedFor(urlEqualTo(PATH))).getFirst().getBodyAsString());
    }

    @SafeVarargs
    private static Map<String, Object> storyboard(String title, List<StoryCharacter> characters, Map<String, Object>... scenes) {
        return Map.of("title", title, "characters", characters, "scenes", List.of(scenes));
    }

    private static Map<String, Object> scene(String narration, String imagePrompt) {
        return Map.of("narration", narration, "image_prompt", imagePrompt);
    }

    private static Map<String, Object> scriptStoryboard(String title, List<StoryCharacter> characters,
            ScriptStoryboard.Scene... scenes) {
        return Map.of("title", title, "characters", characters, "scenes", List.of(scenes).stream()
                .map(s -> Map.of("first_sentence", s.firstSentence(), "last_sentence", s.lastSentence(),
                        "image_prompt", s.imagePrompt())).toList());
    }

    private static ScriptStoryboard.Scene range(int first, int last, String imagePrompt) {
        return new ScriptStoryboard.Scene(first, last, imagePrompt);
    }

    private static ScriptStoryboard.Scene range(int first, int last) {
        return range(first, last, "a picture");
    }

    private static StoryRequest prompt(String prompt, Integer sceneCount) {
        return new StoryRequest(prompt, null, sceneCount, null, null, null, null);
    }

    private static StoryRequest script(String script, Integer sceneCount) {
        return new StoryRequest(null, script, sceneCount, null, null, null, null);
    }
}
