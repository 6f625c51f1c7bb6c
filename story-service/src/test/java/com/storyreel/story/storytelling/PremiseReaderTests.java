package com.storyreel.story.storytelling;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.storyreel.story.storytelling.Premise.Goal;
import com.storyreel.story.storytelling.Premise.Part;

import static org.assertj.core.api.Assertions.assertThat;

class PremiseReaderTests {

    @Test
    void readsTheCastTheirNumberAndWhatTheyAre() {
        Premise premise = PremiseReader.read("Three little pigs build houses in a windy autumn forest");

        assertThat(premise.cast()).singleElement().satisfies(pigs -> {
            assertThat(pigs.kind()).isEqualTo("pig");
            assertThat(pigs.count()).isEqualTo(3);
            assertThat(pigs.adjectives()).containsExactly("little");
        });
        assertThat(premise.season()).hasValue("autumn");
        assertThat(premise.setting()).hasValue("forest");
        assertThat(premise.goal()).map(Goal::base).hasValue("build houses in a windy autumn forest");
    }

    @Test
    void takesAPlaceForWhereTheStoryHappensNeverForAName() {
        Premise premise = PremiseReader.read("A detective in 1920s Chicago solves a jazz club murder");

        assertThat(premise.place()).hasValue("Chicago");
        assertThat(premise.where()).hasValue("in 1920s Chicago");
        assertThat(premise.cast()).extracting(Part::kind).containsExactly("detective");
        assertThat(premise.cast().getFirst().names()).isEmpty();
        assertThat(premise.goal()).map(Goal::past).hasValue("solved a jazz club murder");
    }

    @Test
    void bringsInTheCharacterTheGoalNames() {
        Premise premise = PremiseReader.read("A lighthouse keeper befriends a lonely whale during a winter storm");

        assertThat(premise.cast()).extracting(Part::kind).containsExactly("lighthouse keeper", "whale");
        assertThat(premise.cast()).extracting(Part::arrivesWithGoal).containsExactly(false, true);
        assertThat(premise.cast().get(1).adjectives()).containsExactly("lonely");
        assertThat(premise.weather()).map(Premise.Weather::phrase).hasValue("winter storm");
        assertThat(premise.goal()).flatMap(Goal::arrivingCharacter).hasValue("a lonely whale");
    }

    @Test
    void readsNamesTitlesAndWishes() {
        assertThat(PremiseReader.read("Captain Rosa sails her ship to Tokyo").cast().getFirst().names())
                .containsExactly("Captain Rosa");
        assertThat(PremiseReader.read("Pip the fox and his friend Bramble").cast()).extracting(Part::names)
                .containsExactly(List.of("Pip"), List.of("Bramble"));
        Premise fox = PremiseReader.read("a fox who wants to fly");
        assertThat(fox.desire()).hasValue("wanted");
        assertThat(fox.goal()).map(Goal::base).hasValue("fly");
    }

    @Test
    void readsTheGoalsLastPartForTheEnding() {
        Premise premise = PremiseReader.read("Two astronauts get stranded on Mars and must grow potatoes to survive");

        assertThat(premise.cast().getFirst().count()).isEqualTo(2);
        assertThat(premise.where()).hasValue("on Mars");
        assertThat(premise.goal()).map(Goal::ending).hasValue("grew potatoes to survive");
    }
}
