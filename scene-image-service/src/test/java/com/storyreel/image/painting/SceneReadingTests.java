package com.storyreel.image.painting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SceneReadingTests {

    @Test
    void readsTimeSettingMoodAndSubjectsFromAStoryPrompt() {
        SceneDescription scene = SceneReading.read(
                "a small fox named Pip on a cliff above the sea at sunset, hopeful mood, storybook illustration");

        assertThat(scene.time()).isEqualTo(TimeOfDay.SUNSET);
        assertThat(scene.setting()).isEqualTo(Setting.SEA);
        assertThat(scene.mentions(Setting.MOUNTAINS)).as("the cliff is remembered").isTrue();
        assertThat(scene.mood()).isEqualTo(Mood.HOPEFUL);
        assertThat(scene.weather()).isEqualTo(Weather.CLEAR);
        assertThat(scene.subjects()).containsExactly(Subject.FOX);
    }

    @Test
    void fallsBackToAClearDayInAMeadowWhenThePromptNamesNothingItKnows() {
        SceneDescription scene = SceneReading.read("an unusual quokka contemplating existence");

        assertThat(scene.time()).isEqualTo(TimeOfDay.NOON);
        assertThat(scene.weather()).isEqualTo(Weather.CLEAR);
        assertThat(scene.setting()).isEqualTo(Setting.MEADOW);
        assertThat(scene.mood()).isEqualTo(Mood.NEUTRAL);
        assertThat(scene.subjects()).isEmpty();
    }

    @Test
    void toleratesAMissingPrompt() {
        assertThat(SceneReading.read(null).setting()).isEqualTo(Setting.MEADOW);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the first light of dawn over the hills         | DAWN
            a sunrise picnic                               | DAWN
            a bright morning in the garden                 | MORNING
            lunch at noon                                  | NOON
            a sunny day at the beach                       | NOON
            a lazy afternoon nap                           | AFTERNOON
            the golden hour on the farm                    | SUNSET
            twilight settles on the town                   | DUSK
            an evening walk                                | DUSK
            midnight in the library                        | NIGHT
            a starry sky over the lake                     | NIGHT
            the moon rises over the village at dusk        | DUSK
            a sunny morning                                | MORNING
            """)
    void readsTheTimeOfDayWithExplicitTimesBeatingHints(String prompt, TimeOfDay expected) {
        assertThat(SceneReading.read(prompt).time()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            rain clouds over the harbour     | RAIN
            a stormy winter night            | SNOW
            thunder and lightning            | STORM
            a misty morning                  | FOG
            an overcast afternoon            | CLOUDY
            snowflakes on the window         | SNOW
            """)
    void readsTheHeaviestWeatherNamed(String prompt, Weather expected) {
        assertThat(SceneReading.read(prompt).weather()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            waves crash below the lighthouse      | SEA
            a walk through the woods              | FOREST
            tall trees whisper                    | FOREST
            the valley between the hills          | MOUNTAINS
            rooftops of the old city              | CITY
            market day in the village             | VILLAGE
            a bedroom full of toys                | ROOM
            a tower of the royal palace           | CASTLE
            dunes under the sun                   | DESERT
            a farm field of sunflowers            | MEADOW
            ducks on the pond                     | LAKE
            a boat drifting down the river        | RIVER
            a rocket among the planets            | SPACE
            an iceberg in the arctic              | SNOWFIELD
            a whale far from anywhere             | SEA
            a winter walk                         | SNOWFIELD
            a house on a rainy night              | ROOM
            a cottage in the woods                | FOREST
            """)
    void readsTheMostSpecificSetting(String prompt, Setting expected) {
        assertThat(SceneReading.read(prompt).setting()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a joyful parade                 | HAPPY
            a peaceful pond                 | CALM
            a lonely lighthouse keeper      | SAD
            a spooky old house              | SCARY
            an enchanted garden             | MAGICAL
            a brave little mouse            | HOPEFUL
            a dark forest, cheerful mood    | HAPPY
            """)
    void readsTheMoodPreferringTheWordBeforeMood(String prompt, Mood expected) {
        assertThat(SceneReading.read(prompt).mood()).isEqualTo(expected);
    }

    @Test
    void readsSubjectsInTheOrderNamedIncludingPlurals() {
        SceneDescription scene = SceneReading.read("two foxes and some bunnies watching the birds and a dragon");

        assertThat(scene.subjects()).containsExactly(Subject.FOX, Subject.RABBIT, Subject.BIRD, Subject.DRAGON);
    }

    @Test
    void aHouseIsDrawnFromOutsideOnlyWhenTheSceneIsOutdoors() {
        assertThat(SceneReading.read("a cottage in the woods").subjects()).contains(Subject.HOUSE);
        assertThat(SceneReading.read("a cat inside the house").subjects()).containsExactly(Subject.CAT);
    }

    @Test
    void aCastleSettingAlsoBringsTheCastle() {
        SceneDescription scene = SceneReading.read("a princess in a faraway kingdom");

        assertThat(scene.setting()).isEqualTo(Setting.CASTLE);
        assertThat(scene.subjects()).containsExactly(Subject.CHILD, Subject.CASTLE);
    }

    @Test
    void keepsThePromptsWordsForSmallDetails() {
        SceneDescription scene = SceneReading.read("Autumn leaves and a Black Cat");

        assertThat(scene.mentions("autumn")).isTrue();
        assertThat(scene.mentions("black")).isTrue();
        assertThat(scene.mentions("cat")).isTrue();
        assertThat(scene.mentions("fall", "winter")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"foxes,fox", "bunnies,bunny", "trees,tree", "beaches,beach", "glass,glass", "cactus,cactus",
        "stars,star"})
    void dropsPluralEndings(String word, String singular) {
        assertThat(SceneReading.singular(word)).isEqualTo(singular);
    }
}
