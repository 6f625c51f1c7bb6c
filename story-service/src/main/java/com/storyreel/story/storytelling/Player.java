package com.storyreel.story.storytelling;

import java.util.Locale;

import com.storyreel.events.StoryCharacter;
import com.storyreel.story.storytelling.Vocabulary.Pronoun;

/**
 * One character of an offline story: the name, what the story calls it ("lighthouse keeper"), how it is first
 * introduced ("a lonely whale"), its pronoun, how every picture describes it, the painter's word for
 * it, and whether the goal brings it into the story rather than the opening.
 */
record Player(String name, String kind, String introduction, Pronoun pronoun, String description,
        boolean arrivesWithGoal) {

    /** "Tom, a tall lighthouse keeper in a yellow raincoat with a grey beard", as a picture shows it. */
    String pictured() {
        return name + ", " + description;
    }

    /** "a lonely whale named Juno", or just "Captain Rosa" when the name says what she is. */
    String introduced() {
        return name.toLowerCase(Locale.ROOT).contains(kind) ? name : introduction + " named " + name;
    }

    StoryCharacter toEvent() {
        return new StoryCharacter(name, kind, description);
    }
}
