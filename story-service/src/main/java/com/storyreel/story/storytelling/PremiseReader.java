package com.storyreel.story.storytelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.storyreel.story.storytelling.Language.Word;
import com.storyreel.story.storytelling.Premise.Goal;
import com.storyreel.story.storytelling.Premise.Part;
import com.storyreel.story.storytelling.Premise.Weather;
import com.storyreel.story.storytelling.Vocabulary.Pronoun;

/**
 * Reads a {@link Premise} from a prompt with the tagger's parts of speech and the word lists: characters are
 * nouns that name a creature or a person (with the number and the adjectives in front of them) and names that
 * are not places; the goal is the verb phrase the protagonist does; the place, season and weather are found by
 * word. The tagger is often unsure of a short prompt's first word and of capitalised words, so a capital letter
 * and the lists decide those.
 */
final class PremiseReader {

    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "2", 2,
            "3", 3, "4", 4, "5", 5, "both", 2);

    /** The most characters of one group a story names; a crowd is told as its first few. */
    private static final int MAX_GROUP = 4;

    private static final int MAX_PARTS = 4;

    /** Verbs of wanting: the goal is what follows them ("wants to fly"), the verb itself is told as "wanted". */
    private static final Set<String> DESIRES = Set.of("want", "wish", "hope", "long", "need", "must", "dream",
            "yearn", "have");

    /** Words that end the goal: a new clause or a new sentence. */
    private static final Set<String> GOAL_ENDS = Set.of(".", "!", "?", ";", "but", "because", "while", "when",
            "until", "although", "though", "who", "which");

    private static final Set<String> NAMING = Set.of("named", "called");

    private PremiseReader() {
    }

    static Premise read(String prompt) {
        List<Word> words = Language.read(Words.normalizeSpace(prompt));
        Optional<Integer> placeAt = SettingReader.placeAt(words);
        List<Part> cast = new ArrayList<>();
        List<Integer> partStarts = new ArrayList<>();
        readCast(words, placeAt, cast, partStarts);
        int afterProtagonist = partStarts.isEmpty() ? 0 : partEnd(words, partStarts.getFirst());
        Optional<Goal> goal = goal(words, afterProtagonist, cast);
        Optional<String> desire = desire(words, afterProtagonist);
        if (goal.isPresent()) {
            for (int i = 1; i < cast.size(); i++) {
                Part part = cast.get(i);
                if (part.head() != null && goal.get().arrivingCharacter()
                        .map(phrase -> phrase.toLowerCase(Locale.ROOT).contains(part.head()))
                        .orElse(false)) {
                    cast.set(i, new Part(part.kind(), part.head(), part.count(), part.names(), part.adjectives(),
                            part.pronoun(), true));
                }
            }
        }
        Optional<String> season = words.stream().map(Word::lower).filter(Places::isSeason)
                .map(word -> word.equals("fall") ? "autumn" : word).findFirst();
        Optional<Weather> weather = SettingReader.weather(words);
        Optional<String> place = placeAt.map(at -> SettingReader.placeName(words, at));
        Optional<String> setting = placeAt.map(at -> SettingReader.placeKind(words, at).setting)
                .or(() -> SettingReader.setting(words, goal.filter(found -> desire.isPresent()).map(Goal::base)));
        Optional<String> where = placeAt.map(at -> SettingReader.wherePhrase(words, at))
                .or(() -> setting.map(found -> SettingReader.settingPhrase(words, found)));
        Optional<String> situation = cast.isEmpty() || goal.isPresent() ? Optional.empty()
                : situation(words, partStarts.getFirst());
        return new Premise(cast, where, place, setting, season, weather, goal, desire, situation);
    }

    /** Each creature or person the prompt names, with its number, adjectives and names, and names on their own. */
    private static void readCast(List<Word> words, Optional<Integer> placeAt, List<Part> cast, List<Integer> starts) {
        boolean[] taken = new boolean[words.size()];
        for (int i = 0; i < words.size() && cast.size() < MAX_PARTS; i++) {
            Word word = words.get(i);
            boolean audience = i > 0 && (words.get(i - 1).lower().equals("for")
                    || Set.of("become", "be", "make").contains(words.get(i - 1).lemma()));
            if (taken[i] || audience || placeAt.orElse(-1) == i || !Species.isBeing(word.lemma())
                    || word.capitalized() && (i > 0 || title(words, i)) || i + 1 < words.size() && Species.isBeing(words.get(i + 1).lemma())
                    && !NAMING.contains(words.get(i + 1).lower())) {
                continue;
            }
            int start = i;
            String kind = word.lemma();
            if (i > 0 && words.get(i - 1).is("NOUN") && !Species.SIZES.contains(words.get(i - 1).lower())
                    && !Species.COLOURS.contains(words.get(i - 1).lower()) && modifier(words.get(i - 1))) {
                kind = words.get(i - 1).lower() + " " + kind;
                start--;
            }
            List<String> adjectives = new ArrayList<>();
            int count = word.lower().equals(word.lemma()) ? 1 : 2;
            while (start > 0 && (words.get(start - 1).is("ADJ", "NUM", "NOUN")
                    || NUMBERS.containsKey(words.get(start - 1).lower())) && !taken[start - 1]
                    && !Species.isBeing(words.get(start - 1).lemma()) && !Places.isEra(words.get(start - 1).text())) {
                String before = words.get(start - 1).lower();
                if (NUMBERS.containsKey(before)) {
                    count = NUMBERS.get(before);
                }
                else if (words.get(start - 1).is("ADJ") || Species.SIZES.contains(before)) {
                    adjectives.addFirst(before);
                }
                else {
                    break;
                }
                start--;
            }
            List<String> names = new ArrayList<>();
            Optional<String> named = nameAround(words, i, start);
            named.ifPresent(names::add);
            cast.add(new Part(kind, word.lemma(), Math.min(count, MAX_GROUP), names, adjectives, pronoun(word), false));
            starts.add(start);
            for (int at = start; at <= i; at++) {
                taken[at] = true;
            }
        }
        for (int i = 0; i < words.size() && cast.size() < MAX_PARTS; i++) {
            String name = nameAt(words, i, placeAt);
            if (name != null && cast.stream().noneMatch(part -> part.names().contains(name))) {
                Optional<Pronoun> pronoun = Vocabulary.pronounOfName(name);
                String title = name.contains(" ") ? name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT)
                        .replace(".", "") : "";
                String before = i > 0 && words.get(i - 1).is("NOUN") ? words.get(i - 1).lemma() : "";
                String kind = Species.isBeing(title) ? title : Species.isBeing(before) ? before : null;
                cast.add(i < starts.stream().findFirst().orElse(Integer.MAX_VALUE) ? 0 : cast.size(),
                        new Part(kind, kind, 1, List.of(name), List.of(), pronoun.or(() -> Optional.ofNullable(kind)
                                .flatMap(Vocabulary::kind).map(Vocabulary.Kind::pronoun)), false));
                starts.add(i < starts.stream().findFirst().orElse(Integer.MAX_VALUE) ? 0 : starts.size(), i);
            }
        }
    }

    /** "Captain" in "Captain Rosa": a title that goes with the name. */
    private static boolean title(List<Word> words, int i) {
        return Cast.honorific(words.get(i).lower()).isPresent() && i + 1 < words.size() && words.get(i + 1).capitalized();
    }

    /** A noun before a kind that says what it does ("lighthouse keeper", "space pirate"), not a place or time. */
    private static boolean modifier(Word word) {
        return !Places.isSeason(word.lower()) && !Places.isEra(word.text()) && Places.named(word.lower()).isEmpty()
                && !word.capitalized() && Vocabulary.weather(word.lower()).isEmpty();
    }

    /** "Pip the fox", "a fox named Pip", "her dog Rex": the name given to the kind at {@code at}. */
    private static Optional<String> nameAround(List<Word> words, int at, int start) {
        if (at + 2 < words.size() && NAMING.contains(words.get(at + 1).lower()) && words.get(at + 2).capitalized()) {
            return Optional.of(words.get(at + 2).text());
        }
        if (at + 1 < words.size() && words.get(at + 1).capitalized() && words.get(at + 1).text().length() > 1
                && Places.named(words.get(at + 1).lower()).isEmpty() && !Vocabulary.known(words.get(at + 1).lower())) {
            return Optional.of(words.get(at + 1).text());
        }
        if (start >= 2 && words.get(start - 1).lower().equals("the") && words.get(start - 2).capitalized()
                && Places.named(words.get(start - 2).lower()).isEmpty()) {
            return Optional.of(words.get(start - 2).text());
        }
        return Optional.empty();
    }

    /** A capitalised word that is a name: not a place, a known word, a season, or the first word of a question. */
    private static String nameAt(List<Word> words, int i, Optional<Integer> placeAt) {
        Word word = words.get(i);
        String lower = word.lower();
        if (!word.capitalized() || word.text().length() < 2 || placeAt.map(at -> at == i || at + 1 == i).orElse(false)
                || Places.named(lower).isPresent() || Places.isSeason(lower) || Places.isEra(lower) || Vocabulary.known(lower)
                || Species.isBeing(word.lemma()) || Cast.notAName(lower) || Cast.honorific(lower).isPresent()
                || word.text().equals(word.text().toUpperCase(Locale.ROOT)) || !word.text().chars().allMatch(Character::isLetter)) {
            return null;
        }
        boolean first = i == 0;
        if (first && !word.is("PROPN") && (i + 1 >= words.size() || !words.get(i + 1).is("VERB", "AUX", "PUNCT", "CCONJ"))) {
            return null;
        }
        if (i > 0 && words.get(i - 1).capitalized() && Cast.honorific(words.get(i - 1).lower()).isPresent()) {
            return Cast.honorific(words.get(i - 1).lower()).get() + " " + word.text();
        }
        return word.text();
    }

    private static Optional<Pronoun> pronoun(Word kind) {
        return Vocabulary.kind(kind.lemma()).map(Vocabulary.Kind::pronoun);
    }

    /** Where the protagonist's words end: after its kind and any place phrase right after it ("in 1920s Chicago"). */
    private static int partEnd(List<Word> words, int start) {
        int at = start;
        while (at < words.size() && (!words.get(at).is("VERB", "AUX") || NAMING.contains(words.get(at).lower()))
                && !words.get(at).lower().equals("who") && !third(words.get(at)) && !pluralsVerb(words, at, start)) {
            at++;
        }
        return at;
    }

    /** "lost" or "afraid": how the protagonist is, not what it does. */
    private static boolean state(Word word) {
        String lower = word.lower();
        return !lower.endsWith("ing") && (word.is("ADJ")
                || word.is("VERB") && !lower.equals(word.lemma()) && !lower.endsWith("s"));
    }

    /** The words after the protagonist that say how it is ("lost in the city"), when they say no deed. */
    private static Optional<String> situation(List<Word> words, int from) {
        int at = from;
        while (at < words.size() && !Species.isBeing(words.get(at).lemma())) {
            at++;
        }
        at++;
        while (at < words.size() && Set.of("who", "that", "is", "was", "are").contains(words.get(at).lower())) {
            at++;
        }
        if (at >= words.size() || !state(words.get(at))) {
            return Optional.empty();
        }
        List<String> phrase = new ArrayList<>();
        for (int i = at; i < words.size() && !GOAL_ENDS.contains(words.get(i).lower()) && !words.get(i).is("PUNCT"); i++) {
            phrase.add(words.get(i).text());
        }
        return Optional.of(String.join(" ", phrase));
    }

    /** "plant" in "a farmer and his dog plant a garden": a noun-looking verb between characters and an article. */
    private static boolean pluralsVerb(List<Word> words, int at, int start) {
        return at > start && at + 1 < words.size() && words.get(at).is("NOUN") && words.get(at + 1).is("DET")
                && Species.isBeing(words.get(at - 1).lemma()) && !words.get(at).lower().endsWith("s");
    }

    /** A present-tense verb the tagger took for a plural noun ("solves"). */
    private static boolean third(Word word) {
        String lower = word.lower();
        return word.is("NOUN") && lower.endsWith("s") && !lower.equals(word.lemma()) && !Species.isBeing(word.lemma())
                && Vocabulary.setting(word.lemma()).isEmpty() && Vocabulary.kind(word.lemma()).isEmpty()
                && !word.capitalized() && (lower.equals(word.lemma() + "s") || lower.equals(word.lemma() + "es"));
    }

    private static Optional<String> desire(List<Word> words, int from) {
        for (int i = from; i < words.size() && i < from + 3; i++) {
            String lemma = words.get(i).lemma();
            if (DESIRES.contains(lemma) && !lemma.equals("have") && !lemma.equals("must")) {
                return Optional.of(Inflection.past(lemma));
            }
        }
        return Optional.empty();
    }

    /** The protagonist's verb phrase in the base form and the past, without the verbs of wanting in front. */
    private static Optional<Goal> goal(List<Word> words, int from, List<Part> cast) {
        int at = from;
        while (at < words.size() && (words.get(at).lower().equals("who") || words.get(at).lower().equals("that"))) {
            at++;
        }
        // "wants to", "must", "has to", "dreams of": what is wanted comes after.
        while (at < words.size() && (DESIRES.contains(words.get(at).lemma()) || words.get(at).is("AUX", "PART")
                || words.get(at).lower().equals("of") || words.get(at).lower().equals("to"))
                && at + 1 < words.size() && (!words.get(at + 1).is("PUNCT", "DET", "NOUN")
                        || words.get(at + 1).lower().endsWith("ing"))) {
            at++;
        }
        if (at < words.size() && state(words.get(at))) {
            return Optional.empty();
        }
        List<String> base = new ArrayList<>();
        List<String> past = new ArrayList<>();
        boolean verbNext = true;
        int lastStart = 0;
        Optional<String> arriving = Optional.empty();
        for (int i = at; i < words.size() && !GOAL_ENDS.contains(words.get(i).lower()); i++) {
            Word word = words.get(i);
            if (word.lower().equals("must") || (word.is("AUX") && base.isEmpty() && !word.lemma().equals("be"))) {
                continue;
            }
            boolean verb = verbNext && (base.isEmpty() || word.is("VERB") || third(word) || word.is("AUX"));
            if (verb && !base.isEmpty()) {
                lastStart = past.size();
            }
            String baseWord = !verb ? word.text() : word.lemma().equals(word.lower()) ? Language.verbLemma(word.lower())
                    : word.lemma();
            base.add(baseWord.equals("i") ? "I" : baseWord);
            past.add(verb ? Inflection.past(baseWord) : word.text());
            verbNext = word.lower().equals("and") || word.lower().equals("then");
            if (arriving.isEmpty() && Species.isBeing(word.lemma()) && !base.isEmpty()) {
                arriving = Optional.of(arrivingPhrase(words, i, at));
            }
        }
        while (!base.isEmpty() && Set.of("and", "or", "to", "the", "a", "an", ",").contains(base.getLast())) {
            base.removeLast();
            past.removeLast();
        }
        if (base.isEmpty() || cast.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Goal(join(base), join(past), join(past.subList(lastStart, past.size())), arriving));
    }

    /** "a lonely whale": the character's words with their article, from within the goal. */
    private static String arrivingPhrase(List<Word> words, int kindAt, int goalStart) {
        int from = kindAt;
        while (from > goalStart && words.get(from - 1).is("DET", "ADJ", "NUM", "NOUN")) {
            from--;
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = from; i <= kindAt; i++) {
            phrase.append(i == from ? "" : " ").append(words.get(i).text());
        }
        return phrase.toString();
    }

    /** Joins tokens into text: no space before punctuation or a possessive ending. */
    private static String join(List<String> tokens) {
        StringBuilder text = new StringBuilder();
        for (String token : tokens) {
            boolean attached = token.matches("[,.;:!?)]|'s|’s|n't") || text.isEmpty();
            text.append(attached ? "" : " ").append(token);
        }
        return text.toString().trim();
    }
}
