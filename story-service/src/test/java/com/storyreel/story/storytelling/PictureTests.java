package com.storyreel.story.storytelling;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PictureTests {

    @Test
    void saysWhoWhereWhenThenWeatherMoodThingsAndStyle() {
        Picture picture = new Picture(List.of("Pip the fox", "Bramble the owl"), "forest", "night", "rain", "lonely",
                List.of("lantern", "moon"));

        assertThat(picture.prompt("watercolor"))
                .isEqualTo("Pip the fox and Bramble the owl in the forest at night, rain, lonely, lantern, moon, watercolor");
    }

    @Test
    void namesThePlaceWhenNobodyIsThere() {
        assertThat(new Picture(List.of(), "beach", "dawn", null, null, List.of()).prompt(null))
                .isEqualTo("the beach at dawn, storybook illustration");
        assertThat(new Picture(List.of(), null, null, null, null, List.of()).prompt(" "))
                .isEqualTo("a quiet scene, storybook illustration");
    }

    @Test
    void dropsTheLeastTellingPartsToStayWithinTheCap() {
        List<String> crowd = List.of("A".repeat(330), "B".repeat(330), "C".repeat(330));
        Picture picture = new Picture(crowd, "castle", "dusk", "storm", "scary", List.of("dragon", "tower", "moon"));

        String prompt = picture.prompt("ink and watercolor");

        assertThat(prompt).hasSizeLessThanOrEqualTo(Picture.MAX_PROMPT_LENGTH).startsWith("A".repeat(330)).contains("in the castle at dusk")
                .endsWith(", ink and watercolor").doesNotContain("dragon");
    }
}
