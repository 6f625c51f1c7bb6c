package com.storyreel.story.storytelling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.storyreel.story.storytelling.SentenceSplitter.Sentence;

/**
 * Decides where a run of sentences breaks into scenes. Without a scene count it aims at 25-45 words a scene
 * (about 10-15 seconds of narration), preferring paragraph ends, in at most 20 scenes; with a count it makes
 * exactly that many (or one a sentence, if there are fewer) as even in length as the sentences allow.
 * Both are a shortest-path search over the possible breaks, so the choice is the best one, not a greedy guess.
 */
final class SceneBreaker {

    static final int MAX_SCENES = 20;

    static final int MIN_TARGET_WORDS = 25;

    static final int MAX_TARGET_WORDS = 45;

    private static final double IDEAL_WORDS = 35;

    /**
     * What ending a scene at a paragraph end earns, against how far a scene strays from the target length.
     * It is a reward rather than a cost for breaking mid-paragraph, so long paragraphs still break as often
     * as their length needs.
     */
    private static final double PARAGRAPH_END_BONUS = 0.5;

    /** With a fixed count, evenness matters most; paragraphs only settle near ties. */
    private static final double PARAGRAPH_END_TIE_BONUS = 0.02;

    /**
     * Scene boundaries as indexes into the sentences: scene i holds sentences {@code [breaks[i], breaks[i + 1])}.
     * The first entry is 0 and the last is the number of sentences.
     */
    List<Integer> breaks(List<Sentence> sentences, Integer sceneCount) {
        int n = sentences.size();
        if (n == 0) {
            return List.of(0);
        }
        int[] prefix = new int[n + 1];
        int longest = 0;
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + sentences.get(i).words();
            longest = Math.max(longest, sentences.get(i).words());
        }
        int total = prefix[n];
        int maxScenes = Math.min(n, sceneCount == null ? MAX_SCENES : sceneCount);
        double mean = Math.max(1.0, (double) total / maxScenes);
        // A scene far longer than this is never best, so the search need not consider it.
        int span = (int) Math.ceil(2 * Math.max(mean, MAX_TARGET_WORDS)) + longest;

        double[][] cost = new double[maxScenes + 1][n + 1];
        int[][] from = new int[maxScenes + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int k = 1; k <= maxScenes; k++) {
            for (int j = k; j <= n; j++) {
                double breakCost = j == n || sentences.get(j).paragraph() == sentences.get(j - 1).paragraph() ? 0
                        : sceneCount == null ? -PARAGRAPH_END_BONUS : -PARAGRAPH_END_TIE_BONUS;
                for (int i = j - 1; i >= k - 1; i--) {
                    int words = prefix[j] - prefix[i];
                    if (words > span && i < j - 1) {
                        break;
                    }
                    if (cost[k - 1][i] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double sceneCost = sceneCount == null ? lengthCost(words) : evenCost(words, mean);
                    double candidate = cost[k - 1][i] + sceneCost + breakCost;
                    if (candidate < cost[k][j]) {
                        cost[k][j] = candidate;
                        from[k][j] = i;
                    }
                }
            }
        }
        int scenes = maxScenes;
        if (sceneCount == null) {
            scenes = 1;
            for (int k = 2; k <= maxScenes; k++) {
                if (cost[k][n] < cost[scenes][n]) {
                    scenes = k;
                }
            }
        }
        return trace(from, scenes, n);
    }

    private static double lengthCost(int words) {
        double outside = words < MIN_TARGET_WORDS ? MIN_TARGET_WORDS - words
                : words > MAX_TARGET_WORDS ? words - MAX_TARGET_WORDS : 0;
        double fromIdeal = (words - IDEAL_WORDS) / IDEAL_WORDS;
        return Math.pow(outside / 10, 2) + 0.01 * fromIdeal * fromIdeal;
    }

    private static double evenCost(int words, double mean) {
        double off = (words - mean) / mean;
        return off * off;
    }

    private static List<Integer> trace(int[][] from, int scenes, int n) {
        List<Integer> breaks = new ArrayList<>();
        int j = n;
        for (int k = scenes; k > 0; k--) {
            breaks.addFirst(j);
            j = from[k][j];
        }
        breaks.addFirst(0);
        return List.copyOf(breaks);
    }
}
