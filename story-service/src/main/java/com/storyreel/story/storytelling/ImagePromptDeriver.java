package com.storyreel.story.storytelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.storyreel.events.StoryCharacter;
import com.storyreel.story.storytelling.Words.Token;

/**
 * Reads the scenes of one story in order and says what each picture shows, in the painter's words.
 * A scene that names no setting or time of day keeps the last one the story established, and a scene that
 * only says "she" or "they" keeps the characters of the scene before, so the pictures stay continuous.
 */
final class ImagePromptDeriver {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them", "his", "their");

    /** "space" is outer space only after these words ("a small space" is not); "spaceship" always is. */
    private static final Set<String> INTO_SPACE = Set.of("in", "into", "outer", "through", "to", "across", "from");

    private static final int MAX_SUBJECTS = 4;

    private final Cast cast;

    private String setting;

    private String time;

    private List<Cast.Member> lastCharacters = List.of();

    private final Map<String, String> descriptions = new HashMap<>();

    /** @param characters the story's characters: those with a description are shown with it, word for word */
    ImagePromptDeriver(Cast cast, List<StoryCharacter> characters) {
        this.cast = cast;
        characters.stream().filter(character -> character.description() != null)
                .forEach(character -> descriptions.put(character.name(), character.description()));
    }

    Picture next(String narration) {
        List<Token> tokens = Words.tokens(narration);
        List<String> words = tokens.stream().map(Token::lower).toList();

        List<Cast.Member> present = new ArrayList<>(cast.namedIn(tokens));
        for (String word : words) {
            cast.onlyOfKind(word).filter(member -> !present.contains(member)).ifPresent(present::add);
        }
        if (present.isEmpty() && words.stream().anyMatch(PRONOUNS::contains)) {
            present.addAll(lastCharacters);
        }
        lastCharacters = List.copyOf(present);

        List<String> settings = settings(words);
        String sceneSetting = mostFrequent(settings).orElse(setting);
        if (!settings.isEmpty()) {
            setting = settings.getLast();
        }
        List<String> times = found(words, Vocabulary::time);
        String sceneTime = times.isEmpty() ? time : times.getFirst();
        if (!times.isEmpty()) {
            time = times.getLast();
        }
        String weather = found(words, Vocabulary::weather).stream().findFirst().orElse(null);
        String mood = mostFrequent(found(words, Vocabulary::mood)).orElse(null);

        Set<String> shown = new LinkedHashSet<>();
        for (Cast.Member member : present) {
            if (member.kindWord() != null) {
                shown.add(member.kindWord().word());
                member.painterKind().ifPresent(shown::add);
            }
        }
        Set<String> subjects = new LinkedHashSet<>();
        for (Cast.Member member : present) {
            member.painterKind().filter(kind -> !member.kind().endsWith(kind)).ifPresent(subjects::add);
        }
        for (String subject : found(words, Vocabulary::subject)) {
            if (!shown.contains(subject) && !subject.equals(sceneSetting)) {
                subjects.add(subject);
            }
        }
        List<String> characters = present.stream().map(member -> descriptions.containsKey(member.name())
                ? member.name() + ", " + descriptions.get(member.name()) : member.described()).toList();
        return new Picture(characters, sceneSetting, sceneTime, weather, mood,
                subjects.stream().limit(MAX_SUBJECTS).toList());
    }

    private static List<String> settings(List<String> words) {
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("space") && (i == 0 || !INTO_SPACE.contains(words.get(i - 1)))
                    && (i + 1 >= words.size() || !List.of("station", "ship", "rocket").contains(words.get(i + 1)))) {
                continue;
            }
            Vocabulary.setting(word).ifPresent(settings::add);
        }
        // Stars are the sky over a place, unless nothing else names where we are.
        if (settings.stream().anyMatch(found -> !found.equals("stars"))) {
            settings.removeIf("stars"::equals);
        }
        return settings;
    }

    private static List<String> found(List<String> words, Function<String, Optional<String>> meaning) {
        List<String> found = new ArrayList<>();
        for (String word : words) {
            meaning.apply(word).ifPresent(found::add);
        }
        return found;
    }

    /** The value found most often; on a tie, the one found first. */
    private static Optional<String> mostFrequent(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (String value : values) {
            int count = counts.merge(value, 1, Integer::sum);
            if (best == null || count > counts.get(best)) {
                best = value;
            }
        }
        return Optional.ofNullable(best);
    }
}
