package com.storyreel.story.storytelling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.storyreel.story.storytelling.Words.Token;

/**
 * The title of a user's script: its first line when that line reads as a title, otherwise one made from
 * the text, after its main character ("Pip the Fox"), the kind of its hero ("The Lighthouse Keeper") or
 * its setting ("The Forest").
 */
final class ScriptTitle {

    /** The title, if the script had one on its first line, and the text to narrate. */
    record Parts(Optional<String> title, String body) {
    }

    static final String FALLBACK = "A Short Story";

    private static final int MAX_TITLE_WORDS = 10;

    private static final int MAX_TITLE_LENGTH = 80;

    /** Words a title does not end on, but a line of prose broken mid-sentence often does. */
    private static final Set<String> JOINING_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "called", "named", "was", "were", "is", "who", "that", "which");

    private ScriptTitle() {
    }

    /** Takes the first line off as the title when it is short, has no final period and more text follows it. */
    static Parts fromFirstLine(String script) {
        String text = script.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = text.lines().toList();
        int first = 0;
        while (first < lines.size() && Words.isBlank(lines.get(first))) {
            first++;
        }
        String rest = String.join("\n", lines.subList(Math.min(first + 1, lines.size()), lines.size()));
        if (first >= lines.size() || Words.count(rest) == 0) {
            return new Parts(Optional.empty(), text);
        }
        String line = Words.normalizeSpace(lines.get(first));
        String candidate = withoutMarkup(line);
        boolean blankAfter = Words.isBlank(lines.get(first + 1));
        return looksLikeTitle(line, candidate, blankAfter, lines.get(first + 1))
                ? new Parts(Optional.of(candidate), rest)
                : new Parts(Optional.empty(), text);
    }

    /** A title made from the text when it has none of its own. */
    static String derive(Cast cast, List<String> sentences) {
        Optional<Cast.Member> hero = cast.members().stream().findFirst()
                .filter(member -> member.mentions() >= 2 || member.kind() != null);
        if (hero.isPresent()) {
            Cast.Member member = hero.get();
            return member.kind() == null ? "The Story of " + member.name()
                    : member.name() + " the " + Words.titleCase(member.kind());
        }
        Optional<String> kind = mostFrequent(sentences, ScriptTitle::kindPhraseAt);
        if (kind.isPresent()) {
            return "The " + Words.titleCase(kind.get());
        }
        Optional<String> setting = mostFrequent(sentences, (tokens, i) -> Vocabulary.setting(tokens.get(i).lower()));
        return setting.map(ScriptTitle::settingTitle).orElse(FALLBACK);
    }

    private static boolean looksLikeTitle(String line, String candidate, boolean blankAfter, String nextLine) {
        if (candidate.isEmpty() || candidate.length() > MAX_TITLE_LENGTH) {
            return false;
        }
        int words = Words.count(candidate);
        if (words == 0 || words > MAX_TITLE_WORDS) {
            return false;
        }
        char last = candidate.charAt(candidate.length() - 1);
        if (".,;:…".indexOf(last) >= 0 || ("?!".indexOf(last) >= 0 && !blankAfter)) {
            return false;
        }
        List<Token> tokens = Words.tokens(candidate);
        if (JOINING_WORDS.contains(tokens.getLast().lower())) {
            return false;
        }
        if (!blankAfter && (continuesSentence(nextLine) || "\"“‘'".indexOf(line.charAt(0)) >= 0)) {
            return false;
        }
        return new SentenceSplitter().split(candidate).size() == 1;
    }

    /** Whether a line starts in lower case, so the line above was prose broken mid-sentence. */
    private static boolean continuesSentence(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    /** Strips Markdown heading marks and emphasis, and a "Title:" label. */
    private static String withoutMarkup(String line) {
        String stripped = line.replaceFirst("^#+\\s*", "").replaceFirst("(?i)^title\\s*:\\s*", "");
        stripped = stripped.replaceAll("^[*_]+|[*_]+$", "");
        return stripped.trim();
    }

    /** "lighthouse keeper" in "an old lighthouse keeper": the kind word, with the place or thing before it. */
    private static Optional<String> kindPhraseAt(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        if (Vocabulary.kind(word).isEmpty() || i == 0) {
            return Optional.empty();
        }
        String before = tokens.get(i - 1).lower();
        boolean modified = Vocabulary.placeOrThing(before) && Vocabulary.kind(before).isEmpty();
        int articleAt = modified ? i - 2 : i - 1;
        for (int at = articleAt; at >= 0 && at >= articleAt - 2; at--) {
            if (List.of("the", "a", "an").contains(tokens.get(at).lower())) {
                return Optional.of(modified ? before + " " + word : word);
            }
        }
        return Optional.empty();
    }

    private static String settingTitle(String setting) {
        return switch (setting) {
            case "space" -> "Out in Space";
            case "stars" -> "Under the Stars";
            default -> "The " + Words.capitalize(setting);
        };
    }

    private interface Finder {
        Optional<String> at(List<Token> tokens, int i);
    }

    private static Optional<String> mostFrequent(List<String> sentences, Finder finder) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (String sentence : sentences) {
            List<Token> tokens = Words.tokens(sentence);
            for (int i = 0; i < tokens.size(); i++) {
                Optional<String> found = finder.at(tokens, i);
                if (found.isPresent()) {
                    int count = counts.merge(found.get(), 1, Integer::sum);
                    if (best == null || count > counts.get(best)) {
                        best = found.get();
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
