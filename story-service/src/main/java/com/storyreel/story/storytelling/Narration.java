package com.storyreel.story.storytelling;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.storyreel.story.storytelling.StoryBeats.Beat;

/**
 * How the offline writers say a scene: beats' sentences filled in and chosen to land near 35 words (25-45 where
 * possible) in two or three sentences, a time-of-day opener, and the seeds that keep every choice repeatable.
 */
final class Narration {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static final int MIN_WORDS = SceneBreaker.MIN_TARGET_WORDS;

    private static final int MAX_WORDS = SceneBreaker.MAX_TARGET_WORDS;

    private static final int IDEAL_WORDS = 35;

    private Narration() {
    }

    /**
     * The scene's sentences: each beat's essential ones, plus as many of its details as bring the scene nearest
     * 35 words, preferring texts that name everyone in {@code mustName}, in two or three sentences.
     */
    static String narrate(List<Beat> beats, Map<String, String> values, String opener, int openerAt,
            List<String> mustName) {
        List<List<String>> options = new ArrayList<>();
        options.add(List.of());
        for (Beat beat : beats) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> option : options) {
                for (int count = beat.essential(); count <= beat.sentences().size(); count++) {
                    List<String> extended = new ArrayList<>(option);
                    extended.addAll(beat.sentences().subList(0, count));
                    longer.add(extended);
                }
            }
            options = longer;
        }
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (List<String> option : options) {
            if (option.size() < 2 || option.size() > 3) {
                continue;
            }
            String text = render(option, values, opener, openerAt);
            int words = Words.count(text);
            double outside = words < MIN_WORDS ? MIN_WORDS - words : words > MAX_WORDS ? words - MAX_WORDS : 0;
            long missing = mustName.stream().filter(name -> !text.contains(name)).count();
            double score = outside * 100 + Math.abs(words - IDEAL_WORDS) + missing * 10_000;
            if (score < bestScore) {
                best = text;
                bestScore = score;
            }
        }
        return best;
    }

    static String render(List<String> templates, Map<String, String> values, String opener, int openerAt) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            String sentence = fill(templates.get(i), values);
            if (opener != null && i == openerAt) {
                sentence = opener + ", " + sentence;
            }
            sentences.add(capitalizeSentence(sentence));
        }
        return String.join(" ", sentences);
    }

    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {" + matcher.group(1) + "} in: " + template);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String capitalizeSentence(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isLetter(sentence.charAt(i))) {
                return sentence.substring(0, i) + Words.capitalize(sentence.substring(i));
            }
        }
        return sentence;
    }

    /** A time of day for each scene, spread so that neighbouring pictures differ. */
    static List<String> times(int sceneCount, Random random) {
        if (sceneCount == 1) {
            return List.of(Casting.pick(Vocabulary.SINGLE_SCENE_TIMES, random));
        }
        List<String> times = new ArrayList<>();
        for (int i = 0; i < sceneCount; i++) {
            times.add(sceneCount <= Vocabulary.ONE_DAY.size()
                    ? Vocabulary.ONE_DAY.get(Math.round((float) i * (Vocabulary.ONE_DAY.size() - 1) / (sceneCount - 1)))
                    : Vocabulary.ROUND_THE_CLOCK.get(i % Vocabulary.ROUND_THE_CLOCK.size()));
        }
        return times;
    }

    static String opener(String time, Random random, Set<String> used) {
        List<String> fresh = Vocabulary.OPENERS.get(time).stream().filter(opener -> !used.contains(opener)).toList();
        String opener = Casting.pick(fresh.isEmpty() ? Vocabulary.OPENERS.get(time) : fresh, random);
        used.add(opener);
        return opener;
    }

    /** "Ada", "Ada and Omar", "Ada, Omar and Lena". */
    static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    static long seed(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}
