package com.storyreel.story.storytelling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences, keeping every character of the text (only whitespace is normalised).
 * It knows common abbreviations, initials, decimals, ellipses, "?!", closing quotes after the punctuation,
 * dialogue tags ("Help!" cried Pip.) and text without final punctuation. Paragraphs are kept apart, and a
 * paragraph whose every line starts with a capital is read as one sentence a line, as in a poem or a list.
 */
final class SentenceSplitter {

    /** One sentence, the paragraph it belongs to (counting from 0) and its word count. */
    record Sentence(String text, int paragraph, int words) {
    }

    /** Words a capitalised name follows, so the period after them never ends a sentence. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "st", "prof", "capt", "mt", "gen",
            "col", "lt", "sgt", "rev", "fr", "sr", "jr", "messrs", "mme", "mlle");

    /** Abbreviations that introduce more of the same sentence. */
    private static final Set<String> INNER = Set.of("e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "no", "nos",
            "vol", "fig", "p", "pp");

    /** Abbreviations that may end a sentence: only a capital after them starts a new one. */
    private static final Set<String> ENDING = Set.of("etc", "a.m", "p.m", "inc", "ltd", "co", "corp", "ave", "rd",
            "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final String TERMINATORS = ".!?…";

    private static final String CLOSERS = "\"'”’»)]";

    private static final String OPENERS = "\"'“‘«([-—–";

    /** A sentence this long is a run-on; it is cut at clause breaks so one scene never has to carry it alone. */
    static final int LONG_SENTENCE_WORDS = 70;

    private static final int CLAUSE_TARGET_WORDS = 35;

    private static final int MIN_CLAUSE_WORDS = 12;

    List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        for (String block : text.replace("\r\n", "\n").replace('\r', '\n').split("\n[\\s&&[^\n]]*\n\\s*")) {
            if (Words.isBlank(block)) {
                continue;
            }
            for (String chunk : chunks(block)) {
                for (String sentence : sentencesOf(Words.normalizeSpace(chunk))) {
                    for (String piece : clauses(sentence)) {
                        sentences.add(new Sentence(piece, paragraph, Words.count(piece)));
                    }
                }
            }
            paragraph++;
        }
        return sentences;
    }

    /** The whole paragraph, or each of its lines when every line starts with a capital (a poem or a list). */
    private static List<String> chunks(String block) {
        List<String> lines = block.lines().filter(line -> !Words.isBlank(line)).toList();
        boolean linePerSentence = lines.size() > 1 && lines.stream().allMatch(SentenceSplitter::startsLikeSentence);
        return linePerSentence ? lines : List.of(block);
    }

    private static boolean startsLikeSentence(String line) {
        String trimmed = Words.normalizeSpace(line);
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return true;
    }

    private static List<String> sentencesOf(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (TERMINATORS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < text.length() && TERMINATORS.indexOf(text.charAt(runEnd)) >= 0) {
                runEnd++;
            }
            int end = runEnd;
            while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            boolean spaceFollows = end < text.length() && text.charAt(end) == ' ';
            if (spaceFollows && endsSentence(text, start, i, text.substring(i, runEnd), end + 1)) {
                add(sentences, text.substring(start, end));
                start = end + 1;
            }
            i = end;
        }
        if (start < text.length()) {
            add(sentences, text.substring(start));
        }
        return sentences;
    }

    private static boolean endsSentence(String text, int sentenceStart, int at, String run, int next) {
        char following = firstLetterOrDigit(text, next);
        boolean capitalFollows = Character.isUpperCase(following) || following == 0;
        if (run.indexOf('?') >= 0 || run.indexOf('!') >= 0) {
            // "Help!" cried Pip: a lower-case word after the mark continues the sentence.
            return !Character.isLowerCase(following);
        }
        if (run.length() > 1 || run.equals("…")) {
            return capitalFollows || Character.isDigit(following);
        }
        String word = wordBefore(text, sentenceStart, at);
        String lower = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(lower) || INNER.contains(lower)) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial, as in J. R. Tolkien
        }
        if (ENDING.contains(lower) || lower.matches("(\\p{L}\\.)+\\p{L}")) {
            return capitalFollows;
        }
        if (word.chars().allMatch(Character::isDigit) && text.substring(sentenceStart, at).equals(word)) {
            return false; // a numbered line: "1. First we ..."
        }
        return true;
    }

    private static String wordBefore(String text, int sentenceStart, int at) {
        int from = at;
        while (from > sentenceStart && text.charAt(from - 1) != ' ') {
            from--;
        }
        int begin = from;
        while (begin < at && OPENERS.indexOf(text.charAt(begin)) >= 0) {
            begin++;
        }
        return text.substring(begin, at);
    }

    private static char firstLetterOrDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
            if (c == ' ') {
                return 0;
            }
        }
        return 0;
    }

    /** Adds a sentence, or joins a fragment with no word in it (a stray quote) to the one before. */
    private static void add(List<String> sentences, String sentence) {
        String trimmed = sentence.trim();
        if (trimmed.isEmpty()) {
            return;
        }
        if (Words.count(trimmed) == 0 && !sentences.isEmpty()) {
            sentences.set(sentences.size() - 1, sentences.getLast() + " " + trimmed);
        }
        else {
            sentences.add(trimmed);
        }
    }

    /** A run-on sentence cut after commas, semicolons, colons or dashes into pieces of about 35 words. */
    private static List<String> clauses(String sentence) {
        String[] words = sentence.split(" ");
        if (Words.count(sentence) <= LONG_SENTENCE_WORDS) {
            return List.of(sentence);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < words.length) {
            int cut = bestCut(words, start);
            pieces.add(String.join(" ", Arrays.copyOfRange(words, start, cut)));
            start = cut;
        }
        return pieces;
    }

    /** Where the piece starting at {@code start} should end: after the clause break nearest the target length. */
    private static int bestCut(String[] words, int start) {
        int remaining = words.length - start;
        if (remaining <= CLAUSE_TARGET_WORDS + MIN_CLAUSE_WORDS) {
            return words.length;
        }
        int best = -1;
        for (int end = start + MIN_CLAUSE_WORDS; end <= words.length - MIN_CLAUSE_WORDS; end++) {
            String last = words[end - 1];
            boolean clauseBreak = last.matches(".*[,;:]$") || words[end].matches("[—–-]+");
            boolean nearer = best < 0
                    || Math.abs(end - start - CLAUSE_TARGET_WORDS) < Math.abs(best - start - CLAUSE_TARGET_WORDS);
            if (clauseBreak && nearer) {
                best = end;
            }
            if (end - start > 2 * CLAUSE_TARGET_WORDS) {
                break;
            }
        }
        return best > 0 ? best : start + CLAUSE_TARGET_WORDS;
    }
}
