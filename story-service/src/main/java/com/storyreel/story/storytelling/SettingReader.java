package com.storyreel.story.storytelling;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.storyreel.story.storytelling.Language.Word;
import com.storyreel.story.storytelling.Premise.Weather;

/**
 * Where a prompt's story happens and in what weather: a named place from {@link Places} with the words the
 * prompt puts before it ("on Mars", "in 1920s Chicago"), else a setting word ("in a windy autumn forest"), and
 * the weather as the painter draws it and as the prompt says it.
 */
final class SettingReader {

    /** Prepositions before a place; "of", "to" and "from" say where someone goes or comes from, not where they are. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "at", "to", "from", "near", "across",
            "through", "inside", "under", "above", "beneath", "beyond", "around", "into", "onto", "of");

    /** Prepositions that say where something is, not where it goes. */
    private static final Set<String> LOCATIVE = Set.of("in", "on", "at", "near", "under", "by", "inside", "beside");

    private SettingReader() {
    }

    /** What kind of place the named place at {@code at} is. */
    static Places.Kind placeKind(List<Word> words, int at) {
        return Places.named(placeKey(words, at)).orElseThrow();
    }

    /** The index of the first named place, and a hyphenated pair ("New York") counts at its first word. */
    static Optional<Integer> placeAt(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).capitalized() && Places.named(placeKey(words, i)).isPresent()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String placeKey(List<Word> words, int at) {
        if (at + 1 < words.size() && words.get(at + 1).capitalized()) {
            String pair = words.get(at).lower() + "-" + words.get(at + 1).lower();
            if (Places.named(pair).isPresent()) {
                return pair;
            }
        }
        return words.get(at).lower();
    }

    static String placeName(List<Word> words, int at) {
        return placeKey(words, at).contains("-") ? words.get(at).text() + " " + words.get(at + 1).text()
                : words.get(at).text();
    }

    /** "on Mars", "in 1920s Chicago": the preposition before the place and the words between. */
    static String wherePhrase(List<Word> words, int at) {
        int from = at;
        while (from > 0 && at - from < 3 && !PLACE_PREPOSITIONS.contains(words.get(from - 1).lower())
                && (words.get(from - 1).is("NUM", "ADJ", "DET", "NOUN") || Places.isEra(words.get(from - 1).text()))) {
            from--;
        }
        String preposition = from > 0 && PLACE_PREPOSITIONS.contains(words.get(from - 1).lower())
                ? words.get(from - 1).lower() : Places.named(placeKey(words, at)).orElseThrow() == Places.Kind.PLANET ? "on" : "in";
        if (preposition.equals("of") || preposition.equals("to") || preposition.equals("from")) {
            preposition = Places.named(placeKey(words, at)).orElseThrow() == Places.Kind.PLANET ? "on" : "in";
        }
        StringBuilder phrase = new StringBuilder(preposition);
        for (int i = from; i <= at + (placeKey(words, at).contains("-") ? 1 : 0); i++) {
            phrase.append(' ').append(words.get(i).text());
        }
        return phrase.toString();
    }

    /** The setting after a preposition ("in a windy autumn forest"), else the first; none from inside a wish. */
    static Optional<String> setting(List<Word> words, Optional<String> wish) {
        Optional<String> first = Optional.empty();
        for (int i = 0; i < words.size(); i++) {
            String text = words.get(i).text();
            Optional<String> setting = Vocabulary.setting(words.get(i).lemma());
            if (setting.isEmpty() || wish.map(phrase -> phrase.contains(text)).orElse(false)) {
                continue;
            }
            for (int back = i - 1; back >= 0 && back >= i - 4; back--) {
                if (PLACE_PREPOSITIONS.contains(words.get(back).lower())) {
                    return setting;
                }
            }
            first = first.or(() -> setting);
        }
        return first;
    }

    /** "in the dark forest" as the prompt says it, or the painter's phrase for the setting. */
    static String settingPhrase(List<Word> words, String setting) {
        for (int i = 0; i < words.size(); i++) {
            if (Vocabulary.setting(words.get(i).lemma()).filter(setting::equals).isPresent()) {
                int from = i;
                while (from > 0 && i - from < 3 && words.get(from - 1).is("DET", "ADJ")) {
                    from--;
                }
                if (from > 0 && from < i && LOCATIVE.contains(words.get(from - 1).lower())) {
                    StringBuilder phrase = new StringBuilder(words.get(from - 1).lower());
                    for (int j = from; j <= i; j++) {
                        phrase.append(' ').append(words.get(j).lower());
                    }
                    return phrase.toString();
                }
            }
        }
        return Vocabulary.settingPhrase(setting);
    }

    static Optional<Weather> weather(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            Optional<String> drawn = Vocabulary.weather(words.get(i).lower());
            if (drawn.isPresent()) {
                // "a rainy city" says rain, but the story needs the noun: "a sudden rain".
                if (words.get(i).is("ADJ") || words.get(i).lower().endsWith("y")) {
                    return Optional.of(new Weather(drawn.get(), "sudden " + drawn.get()));
                }
                String before = i > 0 && (words.get(i - 1).is("ADJ", "NOUN")) ? words.get(i - 1).lower() + " " : "";
                return Optional.of(new Weather(drawn.get(), before + words.get(i).lower()));
            }
        }
        return Optional.empty();
    }
}
