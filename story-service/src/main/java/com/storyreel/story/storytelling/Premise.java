package com.storyreel.story.storytelling;

import java.util.List;
import java.util.Optional;

import com.storyreel.story.storytelling.Vocabulary.Pronoun;

/**
 * What a prompt asks a story to keep, read by {@link PremiseReader}: who is in it, where and when it happens,
 * the season and the weather, and what the characters set out to do. Anything the prompt leaves open is empty.
 *
 * @param cast the prompt's characters in the order it names them; the first is the protagonist's group
 * @param where where the story happens as the prompt says it, with its preposition ("on Mars", "in 1920s Chicago")
 * @param place the named place (planet, city, country or region) if the prompt names one ("Mars")
 * @param setting the painter's word for the setting ("planet", "city", "lighthouse")
 * @param season a season ("winter")
 * @param weather the painter's word for the weather ("storm") and the prompt's words for it ("winter storm")
 * @param goal what the protagonist does or sets out to do, in the base form ("befriend a lonely whale")
 * @param situation how the protagonist is, when the prompt says that instead of a deed ("lost in the city")
 * @param desire how the prompt says the protagonist wants the goal ("wanted", "hoped", "dreamed"), past tense
 */
record Premise(List<Part> cast, Optional<String> where, Optional<String> place, Optional<String> setting,
        Optional<String> season, Optional<Weather> weather, Optional<Goal> goal, Optional<String> desire, Optional<String> situation) {

    Premise {
        cast = List.copyOf(cast);
    }

    /**
     * One character or group of the prompt: its kind as the prompt says it ("lighthouse keeper"; null when only a
     * name is given), the kind word a look is found by ("keeper"), how many there are, the names the prompt gives,
     * its other words ("lonely"), a pronoun if the prompt tells one, and whether the goal brings it in
     * ("befriends a lonely whale": the whale arrives with the goal).
     */
    record Part(String kind, String head, int count, List<String> names, List<String> adjectives,
            Optional<Pronoun> pronoun, boolean arrivesWithGoal) {

        Part {
            names = List.copyOf(names);
            adjectives = List.copyOf(adjectives);
        }
    }

    /** The weather as the painter draws it ("storm") and as the prompt says it ("winter storm"). */
    record Weather(String painterWord, String phrase) {
    }

    /**
     * The goal as a base-form verb phrase and in the past tense ("get stranded on Mars and grow potatoes", "got
     * stranded on Mars and grew potatoes"), its last part in the past ("grew potatoes"), and the words of it that
     * name a character who arrives with it ("a lonely whale").
     */
    record Goal(String base, String past, String ending, Optional<String> arrivingCharacter) {
    }
}
