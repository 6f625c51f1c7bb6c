package com.storyreel.story.storytelling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one scene's picture shows, in the painter's words, and how that is said as an image prompt: who is
 * there, where and when, the weather, the mood, the other things in view, and the style last.
 * Any part may be missing (null or empty).
 */
record Picture(List<String> characters, String setting, String time, String weather, String mood, List<String> subjects) {

    static final String DEFAULT_STYLE = "storybook illustration";

    /** The gateway's cap for an image prompt (SceneEditRules), which full character descriptions fit well within. */
    static final int MAX_PROMPT_LENGTH = 1_000;

    private static final int MAX_STYLE_LENGTH = 80;

    private static final int MAX_CHARACTERS = 5;

    private static final int MAX_SUBJECTS = 5;

    Picture {
        characters = List.copyOf(characters);
        subjects = List.copyOf(subjects);
    }

    /** The prompt, shortened by dropping the least telling parts first so it stays within the cap. */
    String prompt(String style) {
        String styleText = styleText(style);
        List<String> who = characters.stream().limit(MAX_CHARACTERS).toList();
        List<String> things = new ArrayList<>(subjects.stream().limit(MAX_SUBJECTS).toList());
        String weatherPart = weather;
        String moodPart = mood;
        while (true) {
            String prompt = compose(who, things, weatherPart, moodPart, styleText);
            if (prompt.length() <= MAX_PROMPT_LENGTH) {
                return prompt;
            }
            if (!things.isEmpty()) {
                things.removeLast();
            }
            else if (moodPart != null) {
                moodPart = null;
            }
            else if (weatherPart != null) {
                weatherPart = null;
            }
            else if (who.size() > 1) {
                who = who.subList(0, who.size() - 1);
            }
            else {
                return cut(prompt);
            }
        }
    }

    private String compose(List<String> who, List<String> things, String weatherPart, String moodPart, String styleText) {
        List<String> head = new ArrayList<>();
        if (!who.isEmpty()) {
            head.add(joinNames(who));
            if (setting != null) {
                head.add(Vocabulary.settingPhrase(setting));
            }
        }
        else if (setting != null) {
            head.add(setting.equals("space") ? "outer space" : "the " + setting);
        }
        if (time != null) {
            head.add(Vocabulary.timePhrase(time));
        }
        Set<String> parts = new LinkedHashSet<>();
        if (!head.isEmpty()) {
            parts.add(String.join(" ", head));
        }
        if (weatherPart != null) {
            parts.add(weatherPart);
        }
        if (moodPart != null) {
            parts.add(moodPart);
        }
        parts.addAll(things);
        if (parts.isEmpty()) {
            parts.add("a quiet scene");
        }
        parts.add(styleText);
        return String.join(", ", parts);
    }

    private static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static String styleText(String style) {
        String text = style == null ? "" : Words.normalizeSpace(style).replaceAll("[\\s.,;:!?]+$", "");
        if (text.isEmpty()) {
            return DEFAULT_STYLE;
        }
        return text.length() <= MAX_STYLE_LENGTH ? text : cutAt(text, MAX_STYLE_LENGTH);
    }

    private static String cut(String prompt) {
        return cutAt(prompt, MAX_PROMPT_LENGTH);
    }

    /** Cuts at the last space that keeps the text within the limit, so no word is broken. */
    private static String cutAt(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int space = text.lastIndexOf(' ', limit);
        String cut = space > 0 ? text.substring(0, space) : text.substring(0, limit);
        return cut.replaceAll("[\\s,;:]+$", "");
    }
}
