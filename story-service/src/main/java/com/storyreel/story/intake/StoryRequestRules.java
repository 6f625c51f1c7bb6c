package com.storyreel.story.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.storyreel.story.state.Review;
import com.storyreel.story.state.StoryRequest;

/**
 * What a story request must satisfy, whether it came through the REST gateway or straight onto the
 * {@code story.requested} topic. Each violation names the field.
 */
public final class StoryRequestRules {

    public static final int MAX_PROMPT_LENGTH = 4_000;
    public static final int MAX_SCRIPT_LENGTH = 100_000;
    public static final int MIN_SCENES = 1;
    public static final int MAX_SCENES = 20;
    public static final Set<String> ASPECT_RATIOS = Set.of("16:9", "9:16", "1:1");

    private static final Pattern VOICE = Pattern.compile("[A-Za-z0-9_+:.\\-]{1,64}");
    private static final Pattern STYLE = Pattern.compile("[a-z0-9\\-]{1,32}");

    private StoryRequestRules() {
    }

    /** One broken rule: the request field and what is wrong with it. */
    public record Violation(String field, String message) {

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    /** Characters as a writer counts them: an emoji is one, not two UTF-16 units. */
    static int characters(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** Text may hold line breaks and tabs; any other control character is a sign of a broken or hostile client. */
    static Optional<String> controlCharacter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return text.codePoints().filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')
                .mapToObj(c -> "must not contain control characters (found U+%04X)".formatted(c)).findFirst();
    }

    public static List<Violation> check(StoryRequest request) {
        List<Violation> violations = new ArrayList<>();
        boolean hasPrompt = request.prompt() != null && !request.prompt().isBlank();
        boolean hasScript = request.script() != null && !request.script().isBlank();
        if (!hasPrompt && !hasScript) {
            violations.add(new Violation("prompt", "either prompt or script is required"));
        }
        if (hasPrompt && hasScript) {
            violations.add(new Violation("script", "give either prompt or script, not both"));
        }
        if (characters(request.prompt()) > MAX_PROMPT_LENGTH) {
            violations.add(new Violation("prompt", "must be at most " + MAX_PROMPT_LENGTH + " characters (was "
                    + characters(request.prompt()) + ")"));
        }
        if (characters(request.script()) > MAX_SCRIPT_LENGTH) {
            violations.add(new Violation("script", "must be at most " + MAX_SCRIPT_LENGTH + " characters (was "
                    + characters(request.script()) + ")"));
        }
        controlCharacter(request.prompt()).ifPresent(found -> violations.add(new Violation("prompt", found)));
        controlCharacter(request.script()).ifPresent(found -> violations.add(new Violation("script", found)));
        if (request.sceneCount() != null && (request.sceneCount() < MIN_SCENES || request.sceneCount() > MAX_SCENES)) {
            violations.add(new Violation("sceneCount", "must be between " + MIN_SCENES + " and " + MAX_SCENES
                    + " (was " + request.sceneCount() + ")"));
        }
        if (request.aspectRatio() != null && !ASPECT_RATIOS.contains(request.aspectRatio())) {
            violations.add(new Violation("aspectRatio", "must be one of 16:9, 9:16, 1:1 (was '" + request.aspectRatio() + "')"));
        }
        if (request.voice() != null && !VOICE.matcher(request.voice()).matches()) {
            violations.add(new Violation("voice", "must be a voice name of letters, digits and _+:.- (at most 64)"));
        }
        if (request.style() != null && !STYLE.matcher(request.style()).matches()) {
            violations.add(new Violation("style", "must be a style name of lowercase letters, digits and - (at most 32)"));
        }
        if (Review.of(request.review()).isEmpty()) {
            violations.add(new Violation("review", "must be one of none, storyboard, pictures (was '" + request.review() + "')"));
        }
        return violations;
    }
}
