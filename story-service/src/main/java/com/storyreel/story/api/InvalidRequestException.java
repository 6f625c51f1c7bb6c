package com.storyreel.story.api;

import java.util.List;

import com.storyreel.story.intake.StoryRequestRules.Violation;

/** A request broke one or more rules; answered with 400 and each field named. */
class InvalidRequestException extends RuntimeException {

    private final List<Violation> violations;

    InvalidRequestException(List<Violation> violations) {
        super(String.join("; ", violations.stream().map(Violation::toString).toList()));
        this.violations = violations;
    }

    List<Violation> violations() {
        return violations;
    }
}
