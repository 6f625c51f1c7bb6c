package com.storyreel.story.storytelling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.storyreel.story.storytelling.Words.Token;

/**
 * The named characters of a text and, where the text says so ("Pip the fox", "a fox named Pip",
 * "Tom was a lighthouse keeper"), what kind of creature or person each is.
 * A name is a capitalised word that is not an ordinary word capitalised at the start of a sentence,
 * not a word the text also writes in lower case, and not a place ("in London").
 */
final class Cast {

    /** One character: the name, the kind as the text says it (may be null) and how often it is named. */
    record Member(String name, String kind, Vocabulary.Kind kindWord, int mentions) {

        /** "Pip the fox", or just the name when the kind is unknown. */
        String described() {
            return kind == null ? name : name + " the " + kind;
        }

        /** The painter's word for this kind when the kind itself is not one (a princess is drawn as a girl). */
        Optional<String> painterKind() {
            return kindWord == null ? Optional.empty() : Optional.ofNullable(kindWord.painterWord());
        }
    }

    private static final Set<String> NOT_NAMES = Set.of(
            "i", "a", "an", "the", "and", "but", "or", "so", "yet", "nor", "for", "if", "then", "than", "when", "while",
            "where", "what", "who", "whom", "whose", "which", "why", "how", "that", "this", "these", "those", "there",
            "here", "he", "she", "it", "we", "you", "they", "me", "him", "her", "us", "them", "my", "your", "his", "its",
            "our", "their", "mine", "yours", "ours", "theirs", "in", "on", "at", "to", "from", "of", "by", "with",
            "without", "into", "onto", "over", "under", "after", "before", "as", "up", "down", "out", "off", "about",
            "above", "across", "along", "around", "behind", "below", "beside", "between", "beyond", "through",
            "toward", "towards", "until", "upon", "all", "some", "every", "each", "no", "not", "none", "one", "two",
            "three", "once", "now", "soon", "still", "just", "only", "even", "also", "too", "very", "again", "yes",
            "oh", "ah", "hello", "hi", "goodbye", "bye", "please", "thank", "thanks", "well", "look", "come", "let",
            "wait", "stop", "go", "see", "maybe", "perhaps", "suddenly", "finally", "later", "today", "tomorrow",
            "yesterday", "everyone", "everything", "someone", "something", "nobody", "nothing", "anyone", "anything",
            "is", "was", "are", "were", "be", "been", "do", "did", "does", "have", "has", "had", "can", "could", "will",
            "would", "shall", "should", "may", "might", "must", "don't", "didn't", "can't", "won't", "it's", "i'm",
            "let's", "that's", "there's", "chapter", "part", "the end", "end", "old", "little", "young", "big", "great",
            "poor", "dear", "good", "bad", "long", "far", "first", "next", "last", "many", "much", "more", "most",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "together", "inside", "outside", "sometimes", "meanwhile", "instead", "because", "although", "though",
            "since", "whenever", "wherever", "somewhere", "never", "always", "okay", "ok", "hurry", "listen", "help",
            "spring", "summer", "autumn", "winter", "years", "days", "weeks", "months", "hours", "minutes",
            "god", "christmas", "easter", "english");

    /** Words a name may carry in front ("Mr. Brown", "Captain Rosa"); the abbreviations take a period. */
    private static final Map<String, String> HONORIFICS = Map.ofEntries(Map.entry("mr", "Mr."), Map.entry("mrs", "Mrs."),
            Map.entry("ms", "Ms."), Map.entry("dr", "Dr."), Map.entry("miss", "Miss"), Map.entry("captain", "Captain"),
            Map.entry("aunt", "Aunt"), Map.entry("uncle", "Uncle"), Map.entry("king", "King"), Map.entry("queen", "Queen"),
            Map.entry("prince", "Prince"), Map.entry("princess", "Princess"), Map.entry("sir", "Sir"),
            Map.entry("lady", "Lady"), Map.entry("professor", "Professor"), Map.entry("grandma", "Grandma"),
            Map.entry("grandpa", "Grandpa"), Map.entry("granny", "Granny"));

    /** Common verbs that, right after a capitalised first word, show it is someone doing something ("Mira walked"). */
    private static final Set<String> COMMON_VERBS = Set.of("was", "is", "had", "has", "went", "goes", "ran", "runs",
            "saw", "sees", "said", "says", "came", "comes", "took", "made", "found", "felt", "knew", "thought", "sat",
            "stood", "held", "gave", "got", "flew", "swam", "woke", "slept", "fell", "began", "could", "would", "did",
            "loved", "loves", "wants", "lives", "likes", "hid", "ate", "drank", "sang", "told", "heard", "kept", "left");

    /** Words before a name that make it a place rather than a character. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "to", "from", "at", "into", "near", "across",
            "through", "towards", "toward");

    private static final int MAX_ADJECTIVES = 2;

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "her", "his", "their", "my", "our", "its",
            "your");

    /** Words that end a noun phrase, so a kind after them describes someone else. */
    private static final Set<String> PHRASE_ENDS = Set.of("and", "or", "but", "who", "which", "that", "with", "was",
            "is", "of", "in", "on", "at", "to", "from", "by", "the", "a", "an");

    private final List<Member> members;

    private Cast(List<Member> members) {
        this.members = List.copyOf(members);
    }

    static Cast of(List<String> sentences) {
        List<List<Token>> tokenized = sentences.stream().map(Words::tokens).toList();
        Map<String, Candidate> candidates = candidates(tokenized);
        Map<String, String> kinds = new HashMap<>();
        Map<String, Vocabulary.Kind> kindWords = new HashMap<>();
        for (List<Token> tokens : tokenized) {
            findKinds(tokens, candidates, kinds, kindWords);
        }
        List<Member> members = new ArrayList<>();
        for (Candidate candidate : candidates.values()) {
            if (candidate.isName() || kinds.containsKey(candidate.name)) {
                members.add(new Member(candidate.name, kinds.get(candidate.name), kindWords.get(candidate.name), candidate.mentions()));
            }
        }
        // Stable order: most named first, then first named first (candidates keep first-seen order).
        members.sort(Comparator.comparingInt(Member::mentions).reversed());
        return new Cast(members);
    }

    /** The honorific a word is when it stands before a name ("Captain" of "Captain Rosa"). */
    static Optional<String> honorific(String lower) {
        return Optional.ofNullable(HONORIFICS.get(lower));
    }

    /** Whether a word is never a name, however it is written ("The", "Once", "Winter"). */
    static boolean notAName(String lower) {
        return NOT_NAMES.contains(lower);
    }

    List<Member> members() {
        return members;
    }

    /** The members named in these words, in the order they are first named. */
    List<Member> namedIn(List<Token> tokens) {
        List<Member> named = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String name = nameAt(tokens, i);
            for (Member member : members) {
                if (member.name.equals(name) && !named.contains(member)) {
                    named.add(member);
                }
            }
        }
        return named;
    }

    /** The one member of this kind, if exactly one is ("the fox" in a story with one fox called Pip). */
    Optional<Member> onlyOfKind(String word) {
        List<Member> ofKind = members.stream()
                .filter(member -> member.kindWord != null
                        && (member.kindWord.word().equals(word) || word.equals(member.kindWord.painterWord())))
                .toList();
        return ofKind.size() == 1 ? Optional.of(ofKind.getFirst()) : Optional.empty();
    }

    private static Map<String, Candidate> candidates(List<List<Token>> tokenized) {
        Set<String> lowerCaseWords = new HashSet<>();
        for (List<Token> tokens : tokenized) {
            for (Token token : tokens) {
                if (!token.capitalized()) {
                    lowerCaseWords.add(token.lower());
                }
            }
        }
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (List<Token> tokens : tokenized) {
            for (int i = 0; i < tokens.size(); i++) {
                String name = nameAt(tokens, i);
                if (name == null) {
                    continue;
                }
                boolean honoured = name.indexOf(' ') > 0;
                String word = tokens.get(i).lower();
                if (!honoured && (lowerCaseWords.contains(word) || Vocabulary.known(word) || Places.named(word).isPresent())) {
                    continue;
                }
                Token first = tokens.get(honoured ? i - 1 : i);
                String before = i > (honoured ? 1 : 0) ? tokens.get(i - (honoured ? 2 : 1)).lower() : "";
                String after = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
                boolean acting = COMMON_VERBS.contains(after) || after.length() > 3 && after.endsWith("ed")
                        && after.equals(after.toLowerCase(Locale.ROOT));
                candidates.computeIfAbsent(name, Candidate::new)
                        .count(first.initial(), PLACE_PREPOSITIONS.contains(before), acting, word);
            }
        }
        return candidates;
    }

    /** The name that this token is, with its honorific ("Mr. Brown"), or null when it is not a possible name. */
    static String nameAt(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String lower = token.lower();
        if (!token.capitalized() || token.text().length() < 2 || NOT_NAMES.contains(lower) || HONORIFICS.containsKey(lower)
                || token.text().equals(token.text().toUpperCase(Locale.ROOT))) {
            return null;
        }
        if (i > 0) {
            Token previous = tokens.get(i - 1);
            String honorific = HONORIFICS.get(previous.lower());
            if (honorific != null && previous.capitalized()) {
                return honorific + " " + token.text();
            }
        }
        return token.text();
    }

    /** Records "NAME [was] the/a ADJ* KIND", "a ADJ* KIND named/called NAME" and "her ADJ* KIND, NAME". */
    private static void findKinds(List<Token> tokens, Map<String, Candidate> candidates, Map<String, String> kinds,
            Map<String, Vocabulary.Kind> kindWords) {
        for (int i = 0; i < tokens.size(); i++) {
            String name = nameAt(tokens, i);
            if (name != null && candidates.containsKey(name)) {
                int at = i + 1;
                if (at < tokens.size() && (tokens.get(at).lower().equals("was") || tokens.get(at).lower().equals("is"))) {
                    at++;
                }
                if (at < tokens.size() && List.of("the", "a", "an").contains(tokens.get(at).lower())) {
                    kindAfter(tokens, at + 1).ifPresent(kindAt -> record(name, kindAt, tokens, kinds, kindWords));
                }
            }
            if (Vocabulary.kind(tokens.get(i).lower()).isEmpty() || i + 1 >= tokens.size()) {
                continue;
            }
            boolean namedAfter = i + 2 < tokens.size() && List.of("named", "called").contains(tokens.get(i + 1).lower());
            String named = nameAt(tokens, namedAfter ? i + 2 : i + 1);
            boolean apposition = !namedAfter && named != null && named.indexOf(' ') < 0 && determinedBefore(tokens, i);
            if (named != null && candidates.containsKey(named) && (namedAfter || apposition)) {
                record(named, i, tokens, kinds, kindWords);
            }
        }
    }

    /** Whether an article or possessive stands a few words before the kind, as in "her brave little dog". */
    private static boolean determinedBefore(List<Token> tokens, int kindAt) {
        for (int at = kindAt - 1; at >= 0 && at >= kindAt - 1 - MAX_ADJECTIVES; at--) {
            String word = tokens.get(at).lower();
            if (DETERMINERS.contains(word)) {
                return true;
            }
            if (PHRASE_ENDS.contains(word) || tokens.get(at).capitalized()) {
                return false;
            }
        }
        return false;
    }

    /** The index of the kind word within a few adjectives after an article, if there is one. */
    private static Optional<Integer> kindAfter(List<Token> tokens, int from) {
        for (int at = from; at < tokens.size() && at <= from + MAX_ADJECTIVES; at++) {
            Token token = tokens.get(at);
            if (Vocabulary.kind(token.lower()).isPresent()) {
                return Optional.of(at);
            }
            if (token.capitalized() || PHRASE_ENDS.contains(token.lower())) {
                break;
            }
        }
        return Optional.empty();
    }

    private static void record(String name, int kindAt, List<Token> tokens, Map<String, String> kinds,
            Map<String, Vocabulary.Kind> kindWords) {
        if (kinds.containsKey(name)) {
            return;
        }
        String word = tokens.get(kindAt).lower();
        String modifier = kindAt > 0 && Vocabulary.placeOrThing(tokens.get(kindAt - 1).lower())
                && Vocabulary.kind(tokens.get(kindAt - 1).lower()).isEmpty() ? tokens.get(kindAt - 1).lower() + " " : "";
        kinds.put(name, modifier + word);
        kindWords.put(name, Vocabulary.kind(word).orElseThrow());
    }

    /** Where and how a possible name appears, to tell a name from a capitalised ordinary word or a place. */
    private static final class Candidate {

        private final String name;

        private int inside;

        private int initial;

        private int afterPlaceWord;

        private int beforeVerb;

        private String lastWord = "";

        Candidate(String name) {
            this.name = name;
        }

        void count(boolean atStart, boolean afterPreposition, boolean verbFollows, String word) {
            if (atStart) {
                initial++;
            }
            else {
                inside++;
            }
            if (afterPreposition) {
                afterPlaceWord++;
            }
            if (verbFollows) {
                beforeVerb++;
            }
            lastWord = word;
        }

        int mentions() {
            return inside + initial;
        }

        boolean isName() {
            if (afterPlaceWord == mentions()) {
                return false;
            }
            if (inside > 0 || name.indexOf(' ') > 0) {
                return true;
            }
            // Only ever at the start of a sentence: trust it if it acts ("Mira walked", but not a plural as in
            // "Waves crashed"), or recurs and does not read like an adverb.
            return beforeVerb > 0 && !lastWord.endsWith("s")
                    || initial >= 2 && !lastWord.endsWith("ly") && !lastWord.endsWith("ing");
        }
    }
}
