package com.storyreel.image.painting;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a prompt asks to be painted. {@code settings} lists every setting the prompt names, the
 * main one first; {@code words} keeps the prompt's words so painters can pick up small details
 * such as "autumn" or "bedroom".
 */
record SceneDescription(TimeOfDay time, Weather weather, List<Setting> settings, Mood mood, List<Subject> subjects,
        Set<String> words) {

    SceneDescription {
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("a scene needs a setting");
        }
        settings = List.copyOf(settings);
        subjects = List.copyOf(subjects);
        words = Set.copyOf(words);
    }

    Setting setting() {
        return settings.getFirst();
    }

    boolean mentions(Setting setting) {
        return settings.contains(setting);
    }

    boolean has(Subject subject) {
        return subjects.contains(subject);
    }

    /** Whether the prompt uses any of these words (or their plurals). */
    boolean mentions(String... candidates) {
        for (String candidate : candidates) {
            if (words.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** The same scene without these subjects (drawn otherwise, as a story's characters). */
    SceneDescription without(Collection<Subject> drawnOtherwise) {
        return new SceneDescription(time, weather, settings, mood,
                subjects.stream().filter(subject -> !drawnOtherwise.contains(subject)).toList(), words);
    }

    List<Subject> subjectsAt(Subject.Place place) {
        return subjects.stream().filter(subject -> subject.place() == place).toList();
    }
}
