package com.storyreel.story.storytelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a sentence, and the small bits of English casing and article grammar the writers share. */
final class Words {

    /** Letters or digits, joined by inner apostrophes or hyphens, so "Pip's" and "well-known" stay whole. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*");

    private static final String OPENERS = "\"“‘'(«[:";

    private static final List<String> MINOR_TITLE_WORDS = List.of("a", "an", "the", "and", "or", "of", "in", "on",
            "at", "to", "by", "for", "with");

    /** One word: its text without a possessive ending, and whether it begins a sentence or a quotation. */
    record Token(String text, boolean initial) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalized() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    private Words() {
    }

    static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence);
        int previousEnd = -1;
        while (matcher.find()) {
            boolean initial = previousEnd < 0 || opensAfter(sentence, previousEnd, matcher.start());
            tokens.add(new Token(withoutPossessive(matcher.group()), initial));
            previousEnd = matcher.end();
        }
        return tokens;
    }

    /** The words as written, possessive endings kept ("grandmother's"). */
    static List<String> raw(String text) {
        return WORD.matcher(text).results().map(MatchResult::group).toList();
    }

    static List<String> lowerWords(String text) {
        return tokens(text).stream().map(Token::lower).toList();
    }

    static int count(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    static String capitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    /** Capitalises every word except short joining words that are not first. */
    static String titleCase(String text) {
        String[] words = text.trim().split("\\s+");
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean minor = i > 0 && MINOR_TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
            title.append(i == 0 ? "" : " ").append(minor ? word.toLowerCase(Locale.ROOT) : capitalize(word));
        }
        return title.toString();
    }

    /** "a" or "an" for the phrase that follows it, judged by its first letter. */
    private static String article(String phrase) {
        return phrase.isEmpty() || "aeiouAEIOU".indexOf(phrase.charAt(0)) < 0 ? "a" : "an";
    }

    static String withArticle(String phrase) {
        return article(phrase) + " " + phrase;
    }

    /** Collapses every run of whitespace, including no-break spaces, to one space, and trims. */
    static String normalizeSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            }
            else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isBlank(String text) {
        return normalizeSpace(text).isEmpty();
    }

    private static boolean opensAfter(String sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (OPENERS.indexOf(sentence.charAt(i)) >= 0 && (sentence.charAt(i - 1) == ' ' || sentence.charAt(i) == ':')) {
                return true;
            }
        }
        return false;
    }

    private static String withoutPossessive(String word) {
        int length = word.length();
        if (length > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
            return word.substring(0, length - 2);
        }
        return word;
    }
}
