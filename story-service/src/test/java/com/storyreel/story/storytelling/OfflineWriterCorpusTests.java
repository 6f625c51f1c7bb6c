package com.storyreel.story.storytelling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryCharacter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline writer over a corpus of varied prompts (test resource {@code storytelling/offline-writer-prompts.txt}):
 * how much of each prompt the story keeps, that no place becomes a name, and that every character looks the same
 * in every picture that shows it. The figures are printed once for docs/benchmarks.md.
 */
class OfflineWriterCorpusTests {

    private static final int SCENES = 4;

    /** Share of the prompts' content words, by lemma, that the stories keep over the whole corpus. */
    private static final double KEPT_GOAL = 0.95;

    private static final List<Told> CORPUS = new ArrayList<>();

    private static long writingMillis;

    /** One prompt, its story, and the prompt's content words the story keeps and misses. */
    private record Told(String prompt, Story story, List<String> kept, List<String> missed) {

        double share() {
            return kept.size() + missed.size() == 0 ? 1 : (double) kept.size() / (kept.size() + missed.size());
        }
    }

    @BeforeAll
    static void tellTheCorpus() throws IOException {
        long start = System.nanoTime();
        OfflineStoryWriter writer = new OfflineStoryWriter();
        for (String prompt : prompts()) {
            Story story = writer.write(prompt, SCENES, null);
            String told = story.title() + " " + story.scenes().stream().map(SceneScript::narration)
                    .collect(Collectors.joining(" "));
            Set<String> said = Language.lemmasAndWords(told);
            List<String> kept = new ArrayList<>();
            List<String> missed = new ArrayList<>();
            for (Language.Word word : Language.read(prompt)) {
                if (word.content()) {
                    (said.contains(word.lemma()) || said.contains(word.lower()) ? kept : missed).add(word.lower());
                }
            }
            CORPUS.add(new Told(prompt, story, kept, missed));
        }
        writingMillis = (System.nanoTime() - start) / 1_000_000;
        int kept = CORPUS.stream().mapToInt(told -> told.kept().size()).sum();
        int all = kept + CORPUS.stream().mapToInt(told -> told.missed().size()).sum();
        Told worst = CORPUS.stream().min(Comparator.comparingDouble(Told::share)).orElseThrow();
        System.out.printf(Locale.ROOT, "Offline writer corpus: %d prompts, %d scenes each, %d of %d content words kept "
                + "(%.1f%%), worst %.0f%% (\"%s\", missed %s), written in %d ms with the models loaded%n", CORPUS.size(),
                SCENES, kept, all, 100.0 * kept / all, 100 * worst.share(), worst.prompt(), worst.missed(), writingMillis);
    }

    @Test
    void keepsAtLeast95PercentOfThePromptsContentWords() {
        int kept = CORPUS.stream().mapToInt(told -> told.kept().size()).sum();
        int all = kept + CORPUS.stream().mapToInt(told -> told.missed().size()).sum();
        String misses = CORPUS.stream().filter(told -> !told.missed().isEmpty())
                .sorted(Comparator.comparingDouble(Told::share))
                .map(told -> String.format(Locale.ROOT, "%.0f%% %s: missed %s", 100 * told.share(), told.prompt(), told.missed()))
                .collect(Collectors.joining("\n"));

        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(30);
        assertThat((double) kept / all).as("share kept; per prompt, worst first:%n%s", misses).isGreaterThanOrEqualTo(KEPT_GOAL);
    }

    @Test
    void neverNamesACharacterAfterAPlace() {
        for (Told told : CORPUS) {
            Set<String> places = PremiseReader.read(told.prompt()).place().stream()
                    .map(place -> place.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            assertThat(told.story().characters()).as(told.prompt()).allSatisfy(character -> {
                String name = character.name().toLowerCase(Locale.ROOT);
                assertThat(places).doesNotContain(name);
                assertThat(name.split(" ")).noneMatch(word -> Places.named(word).isPresent());
            });
        }
    }

    @Test
    void drawsEveryCharacterTheSameWayInEveryPictureThatShowsIt() {
        for (Told told : CORPUS) {
            for (StoryCharacter character : told.story().characters()) {
                List<SceneScript> showing = told.story().scenes().stream()
                        .filter(scene -> scene.narration().contains(character.name())).toList();

                assertThat(showing).as("%s: %s", told.prompt(), character.name()).hasSizeGreaterThanOrEqualTo(2)
                        .allSatisfy(scene -> assertThat(scene.imagePrompt()).contains(character.description()));
                assertThat(character.description()).as(told.prompt()).startsWith("a")
                        .isEqualTo(character.description().toLowerCase(Locale.ROOT))
                        .satisfies(description -> assertThat(Species.COLOURS).anyMatch(description::contains));
            }
        }
    }

    @Test
    void givesEveryStoryCharactersAndEveryExplainerNone() {
        for (Told told : CORPUS) {
            boolean question = Set.of("how", "why", "what").contains(told.prompt().split(" ")[0].toLowerCase(Locale.ROOT));
            List<String> names = told.story().characters().stream().map(StoryCharacter::name).toList();

            assertThat(names.isEmpty()).as("%s has characters %s", told.prompt(), names).isEqualTo(question);
        }
    }

    @Test
    void writesTheCorpusQuickly() {
        assertThat(writingMillis).as("milliseconds for the corpus").isLessThan(20_000);
    }

    private static List<String> prompts() throws IOException {
        try (InputStream in = OfflineWriterCorpusTests.class.getResourceAsStream("/storytelling/offline-writer-prompts.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }
}
