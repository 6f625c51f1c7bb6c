package com.storyreel.audio.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits narration into caption chunks of at most two lines, so that each chunk can be spoken and timed on its
 * own. Chunks end at sentence ends first, then at clause punctuation, then between words; the two lines of a chunk
 * are balanced; a word is never split, and a word longer than a line stands alone.
 */
public final class CaptionLayout {

    /** The usual subtitle line length. */
    public static final int STANDARD_LINE_LENGTH = 42;

    // Choosing where a long sentence is cut: a cut between words costs more than an extra chunk, so clause
    // punctuation wins even at the price of one more caption; each chunk and its unused room cost a little, so
    // there are few chunks and they come out of similar length.
    private static final double CHUNK_COST = 4;
    private static final double WORD_CUT_COST = 12;
    private static final double SLACK_COST = 5;
    private static final double DANGLING_WORD_COST = 4;

    // Breaking a chunk into two lines: balance first, but a clause end wins unless far less balanced,
    // and a line does not end on a word that belongs to the next one ("in a / quiet village").
    private static final int PUNCTUATED_LINE_BREAK_BONUS = 16;
    private static final int DANGLING_LINE_END_PENALTY = 10;

    private static final String SENTENCE_ENDS = ".!?…";
    private static final String CLAUSE_ENDS = ",;:—–-";
    private static final String CLOSING_MARKS = "\"'”’»)]}";

    // Titles whose full stop does not end a sentence ("Mr. Lee").
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof");

    // Articles, prepositions and conjunctions read badly at the end of a line or caption, cut from what follows.
    private static final Set<String> BINDS_TO_NEXT = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by",
            "for", "with", "from", "and", "or", "but");

    private final int maxLineLength;

    public CaptionLayout(int maxLineLength) {
        if (maxLineLength < 1) {
            throw new IllegalArgumentException("A caption line must hold at least one character, not " + maxLineLength);
        }
        this.maxLineLength = maxLineLength;
    }

    /**
     * Splits the text into chunks in reading order; their {@link Chunk#spoken() spoken} texts joined with single
     * spaces give back the text with its whitespace normalised.
     */
    public List<Chunk> chunks(String text) {
        List<Word> words = words(text);
        List<Chunk> chunks = new ArrayList<>();
        int sentenceStart = 0;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).ending() == Ending.SENTENCE || i == words.size() - 1) {
                chunkSentence(words.subList(sentenceStart, i + 1), chunks);
                sentenceStart = i + 1;
            }
        }
        return chunks;
    }

    /** One caption: one or two lines, and how its text ends, which decides the pause after it. */
    public record Chunk(List<String> lines, Ending ending) {

        public Chunk {
            lines = List.copyOf(lines);
        }

        /** The caption as shown: its lines joined with '\n'. */
        public String text() {
            return String.join("\n", lines);
        }

        /** The caption as one line of text to speak. */
        public String spoken() {
            return String.join(" ", lines);
        }
    }

    /** How a chunk ends, strongest first. */
    public enum Ending {
        SENTENCE, CLAUSE, WORD
    }

    private record Word(String text, Ending ending, boolean bindsToNext) {

        int length() {
            return text.codePointCount(0, text.length());
        }
    }

    private void chunkSentence(List<Word> sentence, List<Chunk> chunks) {
        int count = sentence.size();
        int[] lengthBefore = new int[count + 1];
        for (int i = 0; i < count; i++) {
            lengthBefore[i + 1] = lengthBefore[i] + sentence.get(i).length();
        }
        // best[j]: the cheapest way to chunk the first j words; from[j]: where its last chunk starts.
        double[] best = new double[count + 1];
        int[] from = new int[count + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int end = 1; end <= count; end++) {
            for (int start = end - 1; start >= 0; start--) {
                boolean alone = start == end - 1;
                if (!alone && !fitsTwoLines(sentence, lengthBefore, start, end)) {
                    break; // starting earlier only makes the chunk longer
                }
                double cost = best[start] + CHUNK_COST + cutCost(sentence, end)
                        + slackCost(length(lengthBefore, start, end));
                if (cost < best[end]) {
                    best[end] = cost;
                    from[end] = start;
                }
            }
        }
        List<Chunk> sentenceChunks = new ArrayList<>();
        for (int end = count; end > 0; end = from[end]) {
            List<Word> words = sentence.subList(from[end], end);
            sentenceChunks.addFirst(new Chunk(lines(words, lengthBefore, from[end]), words.getLast().ending()));
        }
        chunks.addAll(sentenceChunks);
    }

    private double cutCost(List<Word> sentence, int end) {
        if (end == sentence.size()) {
            return 0;
        }
        Word last = sentence.get(end - 1);
        if (last.ending() != Ending.WORD) {
            return 0;
        }
        return WORD_CUT_COST + (last.bindsToNext() ? DANGLING_WORD_COST : 0);
    }

    private double slackCost(int length) {
        double room = 2 * maxLineLength + 1;
        double slack = Math.max(0, room - length) / room;
        return slack * slack * SLACK_COST;
    }

    private boolean fitsTwoLines(List<Word> sentence, int[] lengthBefore, int start, int end) {
        if (length(lengthBefore, start, end) <= maxLineLength) {
            return true;
        }
        for (int split = start + 1; split < end; split++) {
            if (length(lengthBefore, start, split) <= maxLineLength
                    && length(lengthBefore, split, end) <= maxLineLength) {
                return true;
            }
        }
        return false;
    }

    private List<String> lines(List<Word> words, int[] lengthBefore, int offset) {
        int end = offset + words.size();
        if (words.size() == 1 || length(lengthBefore, offset, end) <= maxLineLength) {
            return List.of(join(words));
        }
        int bestSplit = -1;
        int bestScore = Integer.MAX_VALUE;
        for (int split = 1; split < words.size(); split++) {
            int first = length(lengthBefore, offset, offset + split);
            int second = length(lengthBefore, offset + split, end);
            if (first > maxLineLength || second > maxLineLength) {
                continue;
            }
            Word lineEnd = words.get(split - 1);
            int score = Math.abs(first - second)
                    - (lineEnd.ending() == Ending.WORD ? 0 : PUNCTUATED_LINE_BREAK_BONUS)
                    + (lineEnd.bindsToNext() ? DANGLING_LINE_END_PENALTY : 0);
            // Strictly better only: on a tie the earlier split wins, leaving the shorter line on top.
            if (score < bestScore) {
                bestScore = score;
                bestSplit = split;
            }
        }
        return List.of(join(words.subList(0, bestSplit)), join(words.subList(bestSplit, words.size())));
    }

    /** Length of words start..end joined by single spaces. */
    private static int length(int[] lengthBefore, int start, int end) {
        return lengthBefore[end] - lengthBefore[start] + (end - start - 1);
    }

    private static String join(List<Word> words) {
        return String.join(" ", words.stream().map(Word::text).toList());
    }

    private static List<Word> words(String text) {
        // Punctuation standing on its own ("--", "…") belongs to the word before it (to the first word at the start),
        // so a caption never begins with a stray dash and never holds nothing to say.
        List<String> tokens = new ArrayList<>();
        String leading = "";
        for (String token : text.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (hasLetterOrDigit(token)) {
                tokens.add(leading.isEmpty() ? token : leading + " " + token);
                leading = "";
            }
            else if (tokens.isEmpty()) {
                leading = leading.isEmpty() ? token : leading + " " + token;
            }
            else {
                tokens.set(tokens.size() - 1, tokens.getLast() + " " + token);
            }
        }
        if (!leading.isEmpty()) {
            tokens.add(leading);
        }
        List<Word> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            String token = tokens.get(i);
            words.add(new Word(token, ending(token, next), BINDS_TO_NEXT.contains(token.toLowerCase(Locale.ROOT))));
        }
        return words;
    }

    private static Ending ending(String word, String next) {
        String core = stripClosingMarks(word);
        if (core.isEmpty()) {
            return Ending.WORD;
        }
        char last = core.charAt(core.length() - 1);
        if (SENTENCE_ENDS.indexOf(last) >= 0) {
            if (last == '.' && isTitle(core)) {
                return Ending.WORD;
            }
            // "Run!" she cried. -- the sentence goes on after a quoted exclamation.
            return startsLowerCase(next) ? Ending.CLAUSE : Ending.SENTENCE;
        }
        return CLAUSE_ENDS.indexOf(last) >= 0 ? Ending.CLAUSE : Ending.WORD;
    }

    private static String stripClosingMarks(String word) {
        int end = word.length();
        while (end > 0 && CLOSING_MARKS.indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }

    private static boolean isTitle(String core) {
        String letters = core.substring(0, core.length() - 1).replaceAll("^\\P{L}+", "");
        return TITLES.contains(letters.toLowerCase(Locale.ROOT));
    }

    private static boolean startsLowerCase(String word) {
        if (word == null) {
            return false;
        }
        return word.codePoints().filter(Character::isLetterOrDigit).findFirst().stream()
                .anyMatch(Character::isLowerCase);
    }

    private static boolean hasLetterOrDigit(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
