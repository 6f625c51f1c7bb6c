package com.storyreel.story.openai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryCharacter;
import com.storyreel.events.VendorCost;
import com.storyreel.runtime.vendor.VendorException;
import com.storyreel.story.intake.StoryRequestRules;
import com.storyreel.story.openai.OpenAiClient.Answer;
import com.storyreel.story.openai.OpenAiClient.ChatMessage;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.storytelling.ScriptSplitter;
import com.storyreel.story.storytelling.ScriptText;
import com.storyreel.story.storytelling.Story;
import com.storyreel.story.writing.StoryWriter;
import com.storyreel.story.writing.WrittenStory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes stories with OpenAI. For a prompt it writes the title, the characters and every scene's narration and
 * picture.
 * For a script the narration stays the user's own words: the script is cut into sentences here, OpenAI
 * only groups their numbers into scenes and describes the pictures, and the narration is put back
 * together from the sentences. Should its groups not cover the script in order (or not number the
 * scenes asked for), the local script splitter's scenes are used instead, pictures included: OpenAI's
 * picture descriptions belong to the scenes it meant, which can then no longer be told. Its characters belong to no
 * scene and are kept even then (the splitter's only when OpenAI gave none); an answer without characters is taken
 * as it is.
 */
public final class OpenAiStoryWriter implements StoryWriter {

    private static final Logger log = LoggerFactory.getLogger(OpenAiStoryWriter.class);

    private final OpenAiClient client;
    private final int defaultScenes;
    private final ScriptSplitter splitter = new ScriptSplitter();
    private final ResponseSchema<Storyboard> storyboard;
    private final ResponseSchema<ScriptStoryboard> scriptStoryboard;

    /** @param defaultScenes scenes written for a prompt that names no count */
    public OpenAiStoryWriter(OpenAiClient client, JsonMapper json, int defaultScenes) {
        this.client = client;
        this.defaultScenes = defaultScenes;
        this.storyboard = new ResponseSchema<>(Storyboard.NAME, json.readTree(Storyboard.SCHEMA), Storyboard.class);
        this.scriptStoryboard = new ResponseSchema<>(ScriptStoryboard.NAME, json.readTree(ScriptStoryboard.SCHEMA),
                ScriptStoryboard.class);
    }

    @Override
    public String provider(StoryRequest request) {
        return OpenAiClient.VENDOR;
    }

    /** Every chat completion is billed, and the API has no lookup of the completions we asked for. */
    @Override
    public boolean paid(StoryRequest request) {
        return true;
    }

    @Override
    public WrittenStory write(StoryRequest request) {
        return request.script() != null ? fromScript(request) : fromPrompt(request);
    }

    /** The tokens of the request it would send, and the full answer budget. */
    @Override
    public VendorCost estimate(StoryRequest request) {
        if (request.script() != null) {
            ScriptText script = splitter.read(request.script());
            return client.estimate(scriptMessages(request, script.sentences()), scriptStoryboard);
        }
        return client.estimate(promptMessages(request), storyboard);
    }

    private List<ChatMessage> promptMessages(StoryRequest request) {
        int sceneCount = request.sceneCount() == null ? defaultScenes : request.sceneCount();
        return List.of(ChatMessage.system(StoryInstructions.forPrompt(sceneCount, request.style(), request.aspectRatio())),
                ChatMessage.user(StoryInstructions.idea(request.prompt())));
    }

    private List<ChatMessage> scriptMessages(StoryRequest request, List<String> sentences) {
        // As the local splitter does: never more scenes than sentences.
        Integer sceneCount = request.sceneCount() == null ? null : Math.min(request.sceneCount(), sentences.size());
        int maxScenes = Math.min(StoryRequestRules.MAX_SCENES, sentences.size());
        return List.of(ChatMessage.system(StoryInstructions.forScript(sentences.size(), sceneCount, maxScenes,
                request.style(), request.aspectRatio())), ChatMessage.user(StoryInstructions.numbered(sentences)));
    }

    private WrittenStory fromPrompt(StoryRequest request) {
        int sceneCount = request.sceneCount() == null ? defaultScenes : request.sceneCount();
        Answer<Storyboard> answer = client.answer(promptMessages(request), storyboard);
        Storyboard board = answer.value();
        String title = title(board.title());
        List<Storyboard.Scene> written = board.scenes() == null ? List.of() : board.scenes();
        if (written.isEmpty()) {
            throw VendorException.fatal(OpenAiClient.VENDOR, "OpenAI wrote no scenes");
        }
        if (written.size() != sceneCount) {
            throw VendorException.fatal(OpenAiClient.VENDOR,
                    "OpenAI wrote " + written.size() + " scenes where " + sceneCount + " were asked for");
        }
        List<SceneScript> scenes = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Storyboard.Scene scene = written.get(i);
            if (isBlank(scene.narration())) {
                throw VendorException.fatal(OpenAiClient.VENDOR, "OpenAI wrote scene " + (i + 1) + " without narration");
            }
            if (isBlank(scene.imagePrompt())) {
                throw VendorException.fatal(OpenAiClient.VENDOR, "OpenAI wrote scene " + (i + 1) + " without an image prompt");
            }
            scenes.add(new SceneScript(i, oneLine(scene.narration()), oneLine(scene.imagePrompt())));
        }
        return new WrittenStory(title, scenes, characters(board.characters()), answer.cost());
    }

    private WrittenStory fromScript(StoryRequest request) {
        ScriptText script = splitter.read(request.script());
        List<String> sentences = script.sentences();
        Integer sceneCount = request.sceneCount() == null ? null : Math.min(request.sceneCount(), sentences.size());
        int maxScenes = Math.min(StoryRequestRules.MAX_SCENES, sentences.size());
        Answer<ScriptStoryboard> answer = client.answer(scriptMessages(request, sentences), scriptStoryboard);
        ScriptStoryboard board = answer.value();
        String title = script.title().orElseGet(() -> title(board.title()));
        Optional<String> misfit = misfit(board.scenes(), sentences.size(), sceneCount, maxScenes);
        if (misfit.isPresent()) {
            log.warn("OpenAI's scenes do not fit the script ({}); using the local script splitter's scenes", misfit.get());
            Story local = splitter.split(request.script(), request.sceneCount(), request.style());
            List<StoryCharacter> characters = characters(board.characters());
            return new WrittenStory(title, local.scenes(), characters.isEmpty() ? local.characters() : characters,
                    answer.cost());
        }
        List<SceneScript> scenes = new ArrayList<>();
        for (ScriptStoryboard.Scene scene : board.scenes()) {
            String narration = String.join(" ", sentences.subList(scene.firstSentence() - 1, scene.lastSentence()));
            scenes.add(new SceneScript(scenes.size(), narration, oneLine(scene.imagePrompt())));
        }
        return new WrittenStory(title, scenes, characters(board.characters()), answer.cost());
    }

    /**
     * OpenAI's characters, each field on one line and a description without its closing period (so an image prompt
     * carrying it mid-sentence is seen to); one per name, and none without a name or a description.
     */
    static List<StoryCharacter> characters(List<StoryCharacter> written) {
        Map<String, StoryCharacter> byName = new LinkedHashMap<>();
        for (StoryCharacter character : written == null ? List.<StoryCharacter>of() : written) {
            if (character == null || isBlank(character.name()) || isBlank(character.description())) {
                continue;
            }
            String name = oneLine(character.name());
            byName.putIfAbsent(name.toLowerCase(Locale.ROOT), new StoryCharacter(name,
                    isBlank(character.role()) ? null : oneLine(character.role()),
                    oneLine(character.description()).replaceAll("[.\\s]+$", "")));
        }
        return List.copyOf(byName.values());
    }

    /** What is wrong with OpenAI's scenes for a script of {@code sentences} sentences, if anything. */
    static Optional<String> misfit(List<ScriptStoryboard.Scene> scenes, int sentences, Integer sceneCount, int maxScenes) {
        if (scenes == null || scenes.isEmpty()) {
            return Optional.of("no scenes");
        }
        if (sceneCount != null && scenes.size() != sceneCount) {
            return Optional.of(scenes.size() + " scenes where " + sceneCount + " were asked for");
        }
        if (scenes.size() > maxScenes) {
            return Optional.of(scenes.size() + " scenes, more than " + maxScenes);
        }
        int next = 1;
        for (int i = 0; i < scenes.size(); i++) {
            ScriptStoryboard.Scene scene = scenes.get(i);
            Integer first = scene.firstSentence();
            Integer last = scene.lastSentence();
            if (first == null || first != next) {
                return Optional.of("scene " + (i + 1) + " starts at sentence " + first + ", not " + next);
            }
            if (last == null || last < first || last > sentences) {
                return Optional.of("scene " + (i + 1) + " ends at sentence " + last + ", not between " + first + " and " + sentences);
            }
            if (isBlank(scene.imagePrompt())) {
                return Optional.of("scene " + (i + 1) + " has no image prompt");
            }
            next = last + 1;
        }
        return next > sentences ? Optional.empty()
                : Optional.of("the scenes end at sentence " + (next - 1) + " of " + sentences);
    }

    private static String title(String title) {
        if (isBlank(title)) {
            throw VendorException.fatal(OpenAiClient.VENDOR, "OpenAI wrote no title");
        }
        return oneLine(title);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
