package com.storyreel.story.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.storyreel.events.SceneScript;
import com.storyreel.story.intake.StoryRequestRules.Violation;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.storytelling.SpokenLength;

/**
 * The caps on narration: characters a scene and the story's length in minutes. A script is checked when
 * it is asked for (its words are known); every written story, whoever wrote it, is checked before any
 * picture or narration is made.
 */
public final class StoryLengthRules {

    private final LengthLimitProperties limits;
    private final SpokenLength spoken;

    public StoryLengthRules(LengthLimitProperties limits) {
        this.limits = limits;
        this.spoken = new SpokenLength(limits.wordsPerMinute());
    }

    public SpokenLength spokenLength() {
        return spoken;
    }

    /**
     * A script's violations: too long to narrate in the time allowed, or more characters a scene than allowed
     * even when spread over every scene it may have.
     */
    public List<Violation> check(StoryRequest request) {
        List<Violation> violations = new ArrayList<>();
        String script = request.script();
        if (script == null || script.isBlank()) {
            return violations;
        }
        // Without a scene count the split is not known yet: the most scenes any writer makes, and no padding.
        int scenes = request.sceneCount() == null ? StoryRequestRules.MAX_SCENES : request.sceneCount();
        double seconds = spoken.seconds(script)
                + (request.sceneCount() == null ? 0 : scenes * SpokenLength.SCENE_PADDING_SECONDS);
        if (seconds > limits.maxDuration().toSeconds()) {
            violations.add(new Violation("script", "would make about " + minutes(seconds) + " of video, more than the "
                    + minutes(limits.maxDuration().toSeconds()) + " allowed (storyreel.limits.max-duration)"));
        }
        int perScene = (int) Math.ceil((double) script.strip().length() / scenes);
        if (perScene > limits.maxNarrationCharacters()) {
            violations.add(new Violation("script", "gives about " + perScene + " characters of narration to each of "
                    + scenes + " scenes, more than the " + limits.maxNarrationCharacters()
                    + " a scene allowed (storyreel.limits.max-narration-characters); ask for more scenes or shorten it"));
        }
        return violations;
    }

    /** Why a written story may not be made, if it breaks a cap. */
    public Optional<String> refusal(List<SceneScript> scenes) {
        for (SceneScript scene : scenes) {
            int length = scene.narration().length();
            if (length > limits.maxNarrationCharacters()) {
                return Optional.of("Scene " + (scene.index() + 1) + "'s narration has " + length
                        + " characters, more than the " + limits.maxNarrationCharacters()
                        + " allowed (storyreel.limits.max-narration-characters)");
            }
        }
        double seconds = spoken.videoSeconds(scenes);
        if (seconds > limits.maxDuration().toSeconds()) {
            return Optional.of("The story would make about " + minutes(seconds) + " of video, more than the "
                    + minutes(limits.maxDuration().toSeconds()) + " allowed (storyreel.limits.max-duration)");
        }
        return Optional.empty();
    }

    private static String minutes(double seconds) {
        return String.format(Locale.ROOT, "%.1f minutes", seconds / 60);
    }
}
