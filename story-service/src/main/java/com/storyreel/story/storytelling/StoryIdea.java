package com.storyreel.story.storytelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.storyreel.story.storytelling.Vocabulary.Kind;
import com.storyreel.story.storytelling.Vocabulary.Pronoun;
import com.storyreel.story.storytelling.Words.Token;

/**
 * What a prompt asks for, as far as plain reading can tell: the hero's kind ("lighthouse keeper" as
 * {@code heroKindPhrase}) and name, a friend's name, the setting, and the hero's wish ("a fox who wants to
 * fly": a fox, wishing to fly). Anything the prompt does not say is left empty for the writer to choose.
 * A wish is a short infinitive phrase with the hero's pronouns as placeholders ({his}, {him}, {himself}, {he}).
 */
record StoryIdea(Optional<Kind> heroKind, Optional<String> heroKindPhrase, Optional<String> heroName,
        Optional<String> friendName, Optional<String> setting, Optional<String> wish, Optional<Pronoun> pronoun) {

    private static final String PHRASE = "([^.,;:!?()\"“”]+)";

    private static final Pattern WANTS_TO = Pattern.compile("\\b(?:wants?|wanted|wanting|wish(?:es|ed|ing)?|longs?|longed"
            + "|longing|hopes?|hoped|hoping|tries|tried|trying|try|learns?|learned|learnt|learning|needs?|needed|needing"
            + "|dreams?|dreamed|dreamt|dreaming|yearns?|yearned|decides?|decided|sets out|set out|how)\\s+to\\s+"
            + PHRASE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern DREAMS_OF = Pattern.compile("\\b(?:dreams?|dreamed|dreamt|dreaming)\\s+(?:of|about)\\s+"
            + PHRASE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern LOOKS_FOR = Pattern.compile("\\b(?:looks?|looking|looked|searches|searching|searched"
            + "|search|hunts?|hunting)\\s+for\\s+" + PHRASE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Long enough for "find her grandmother's golden locket", short enough for a scene of 45 words. */
    private static final int MAX_WISH_WORDS = 6;

    /** Verbs that, after a capitalised first word, show it is someone's name ("Pip wants to ..."). */
    private static final Set<String> NAME_FOLLOWERS = Set.of("wants", "wanted", "who", "is", "was", "learns", "learned",
            "finds", "found", "dreams", "dreamed", "loves", "loved", "has", "had", "gets", "meets", "met", "tries",
            "tried", "lives", "lived", "can", "could", "cannot", "wishes", "hopes", "searches", "looks", "sets", "saves",
            "helps", "visits", "needs", "goes", "went", "discovers", "explores", "builds", "longs");

    /** Words that end the wish: what follows is a new clause. */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "so", "because", "while", "when", "where",
            "who", "which", "that", "until", "before", "after", "though", "although", "or", "if", "then", "than",
            "since", "whenever", "once");

    /** Where a long wish can stop and still make sense: before "in the old attic". */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "under", "from", "with", "near", "by",
            "inside", "behind", "beyond", "into", "across", "through", "for", "during", "without", "above", "below");

    /** Words a wish does not end on. */
    private static final Set<String> DANGLING_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for",
            "with", "from", "by", "into", "under", "over", "about", "very", "really", "{his}", "some", "more", "most",
            "all", "every", "each", "no", "and", "our");

    private static final Map<String, String> PRONOUN_PLACEHOLDERS = Map.ofEntries(
            Map.entry("my", "{his}"), Map.entry("your", "{his}"), Map.entry("his", "{his}"), Map.entry("their", "{his}"),
            Map.entry("its", "{his}"), Map.entry("me", "{him}"), Map.entry("him", "{him}"), Map.entry("them", "{him}"),
            Map.entry("us", "{him}"), Map.entry("myself", "{himself}"), Map.entry("himself", "{himself}"),
            Map.entry("herself", "{himself}"), Map.entry("themselves", "{himself}"), Map.entry("yourself", "{himself}"),
            Map.entry("itself", "{himself}"), Map.entry("i", "{he}"), Map.entry("he", "{he}"), Map.entry("she", "{he}"),
            Map.entry("they", "{he}"), Map.entry("we", "{he}"), Map.entry("you", "{he}"));

    /** "dreams of flying" is a wish to fly; other activities are things to go and do ("go sailing"). */
    private static final Map<String, String> GERUNDS = Map.ofEntries(Map.entry("being", "be"),
            Map.entry("becoming", "become"), Map.entry("having", "have"), Map.entry("seeing", "see"),
            Map.entry("going", "go"), Map.entry("finding", "find"), Map.entry("getting", "get"),
            Map.entry("making", "make"), Map.entry("visiting", "visit"), Map.entry("flying", "fly"),
            Map.entry("meeting", "meet"), Map.entry("reaching", "reach"), Map.entry("winning", "win"),
            Map.entry("building", "build"), Map.entry("touching", "touch"), Map.entry("catching", "catch"),
            Map.entry("owning", "own"), Map.entry("learning", "learn"));

    /** Wishes for prompts that name a theme rather than a goal, checked in this order. */
    private static final List<Map.Entry<Set<String>, String>> THEMES = List.of(
            Map.entry(Set.of("lost", "home", "homesick"), "find where {he} truly belonged"),
            Map.entry(Set.of("friend", "friends", "friendship", "lonely", "alone"), "make a true friend"),
            Map.entry(Set.of("afraid", "scared", "fear", "frightened", "dark", "brave", "courage"), "be brave in the dark"),
            Map.entry(Set.of("fly", "flying", "wings", "sky"), "fly high above the clouds"),
            Map.entry(Set.of("star", "stars"), "catch a falling star"),
            Map.entry(Set.of("moon"), "touch the moon"),
            Map.entry(Set.of("treasure", "gold", "pirate", "pirates"), "find a hidden treasure"),
            Map.entry(Set.of("song", "sing", "singing", "music"), "sing the most beautiful song"),
            Map.entry(Set.of("swim", "swimming"), "swim across the wide water"),
            Map.entry(Set.of("dance", "dancing"), "dance in the big parade"),
            Map.entry(Set.of("birthday", "gift", "present"), "find the perfect birthday gift"),
            Map.entry(Set.of("snow", "winter"), "see the first winter snow"));

    static StoryIdea read(String prompt) {
        String text = Words.normalizeSpace(prompt);
        Optional<Wish> wish = explicitWish(text);
        // The setting and the hero are read outside the wish: "a fox who wants to see the sea" is not set at sea.
        String rest = wish.map(found -> text.substring(0, found.start()) + " " + text.substring(found.end())).orElse(text);
        List<Token> tokens = Words.tokens(rest);

        Optional<Kind> kind = Optional.empty();
        Optional<String> kindPhrase = Optional.empty();
        for (int i = 0; i < tokens.size() && kind.isEmpty(); i++) {
            kind = kindOf(tokens.get(i).lower());
            if (kind.isPresent()) {
                String before = i > 0 ? tokens.get(i - 1).lower() : "";
                boolean modified = Vocabulary.placeOrThing(before) && Vocabulary.kind(before).isEmpty();
                kindPhrase = Optional.of(modified ? before + " " + kind.get().word() : kind.get().word());
            }
        }
        Optional<String> setting = tokens.stream().map(Token::lower).map(Vocabulary::setting).flatMap(Optional::stream)
                .findFirst();
        List<String> names = names(text);
        List<String> allWords = Words.lowerWords(text);
        Optional<String> wishPhrase = wish.map(Wish::phrase).or(() -> theme(allWords));

        Optional<Pronoun> pronoun = kind.map(Kind::pronoun);
        if (pronoun.isEmpty()) {
            if (allWords.contains("she") || allWords.contains("her") || allWords.contains("herself")) {
                pronoun = Optional.of(Pronoun.SHE);
            }
            else if (allWords.contains("he") || allWords.contains("his") || allWords.contains("him")
                    || allWords.contains("himself")) {
                pronoun = Optional.of(Pronoun.HE);
            }
        }
        return new StoryIdea(kind, kindPhrase, names.stream().findFirst(), names.stream().skip(1).findFirst(), setting,
                wishPhrase, pronoun);
    }

    private record Wish(String phrase, int start, int end) {
    }

    private static Optional<Wish> explicitWish(String text) {
        Matcher wants = WANTS_TO.matcher(text);
        if (wants.find()) {
            return phrase(wants, MAX_WISH_WORDS).map(words -> new Wish(String.join(" ", words), wants.start(), wants.end()));
        }
        Matcher dreams = DREAMS_OF.matcher(text);
        if (dreams.find()) {
            return phrase(dreams, MAX_WISH_WORDS - 1).map(words -> new Wish(dreamt(words), dreams.start(), dreams.end()));
        }
        Matcher looks = LOOKS_FOR.matcher(text);
        if (looks.find()) {
            return phrase(looks, MAX_WISH_WORDS - 1)
                    .map(words -> new Wish("find " + String.join(" ", words), looks.start(), looks.end()));
        }
        return Optional.empty();
    }

    /** "flying" becomes "fly", "sailing" becomes "go sailing", "the sea" becomes "find the sea". */
    private static String dreamt(List<String> words) {
        String first = words.getFirst();
        String rest = String.join(" ", words.subList(1, words.size()));
        String verb = GERUNDS.get(first);
        if (verb != null) {
            return (verb + " " + rest).trim();
        }
        return (first.endsWith("ing") ? "go " : "find ") + String.join(" ", words);
    }

    /** The words after the trigger, up to the next clause and within the limit, with pronouns made the hero's. */
    private static Optional<List<String>> phrase(Matcher matcher, int limit) {
        List<String> raw = Words.raw(matcher.group(1));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String word = raw.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            if (CLAUSE_WORDS.contains(lower)) {
                break;
            }
            if (lower.equals("her")) {
                boolean possessive = i + 1 < raw.size() && !CLAUSE_WORDS.contains(raw.get(i + 1).toLowerCase(Locale.ROOT));
                words.add(possessive ? "{his}" : "{him}");
            }
            else {
                boolean name = i > 0 && Character.isUpperCase(word.codePointAt(0));
                words.add(PRONOUN_PLACEHOLDERS.getOrDefault(lower, name ? word : lower));
            }
        }
        if (words.size() > limit) {
            for (int i = 2; i < words.size(); i++) {
                if (PREPOSITIONS.contains(words.get(i))) {
                    words = new ArrayList<>(words.subList(0, i));
                    break;
                }
            }
        }
        if (words.size() > limit) {
            words = new ArrayList<>(words.subList(0, limit));
        }
        while (!words.isEmpty() && DANGLING_WORDS.contains(words.getLast())) {
            words.removeLast();
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    private static Optional<String> theme(List<String> words) {
        return THEMES.stream().filter(theme -> words.stream().anyMatch(theme.getKey()::contains))
                .map(Map.Entry::getValue).findFirst();
    }

    /** A kind word, or a plural of one ("foxes", "cats"). */
    private static Optional<Kind> kindOf(String word) {
        Optional<Kind> kind = Vocabulary.kind(word);
        if (kind.isEmpty() && word.endsWith("es")) {
            kind = Vocabulary.kind(word.substring(0, word.length() - 2));
        }
        if (kind.isEmpty() && word.endsWith("s")) {
            kind = Vocabulary.kind(word.substring(0, word.length() - 1));
        }
        return kind;
    }

    /** Names the prompt gives: those the cast finds, and a first word that is a name by what follows it. */
    private static List<String> names(String text) {
        List<Token> tokens = Words.tokens(text);
        List<String> names = new ArrayList<>(Cast.of(List.of(text)).members().stream().map(Cast.Member::name).toList());
        if (tokens.size() > 1 && NAME_FOLLOWERS.contains(tokens.get(1).lower())) {
            Token first = tokens.getFirst();
            String name = Cast.nameAt(tokens, 0);
            boolean ordinary = Vocabulary.known(first.lower())
                    || tokens.stream().anyMatch(token -> !token.capitalized() && token.lower().equals(first.lower()));
            if (name != null && !ordinary && !names.contains(name)) {
                names.addFirst(name);
            }
        }
        return names;
    }
}
