package com.storyreel.story.storytelling;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.storyreel.story.storytelling.Vocabulary.Kind;
import com.storyreel.story.storytelling.Vocabulary.Pronoun;

import static org.assertj.core.api.Assertions.assertThat;

class StoryIdeaTests {

    @Test
    void readsTheHeroAndTheWish() {
        StoryIdea idea = StoryIdea.read("a fox who wants to fly");

        assertThat(idea.heroKind()).map(Kind::word).hasValue("fox");
        assertThat(idea.wish()).hasValue("fly");
        assertThat(idea.setting()).isEmpty();
    }

    @Test
    void readsTheSettingAndATheme() {
        StoryIdea idea = StoryIdea.read("a robot lost in the city");

        assertThat(idea.heroKind()).map(Kind::word).hasValue("robot");
        assertThat(idea.setting()).hasValue("city");
        assertThat(idea.wish()).hasValue("find where {he} truly belonged");
    }

    @Test
    void doesNotTakeTheSettingFromInsideTheWish() {
        StoryIdea idea = StoryIdea.read("Mira wants to see the sea");

        assertThat(idea.heroName()).hasValue("Mira");
        assertThat(idea.wish()).hasValue("see the sea");
        assertThat(idea.setting()).isEmpty();
    }

    @Test
    void givesTheWishTheHerosPronounsAndCutsItAtAPreposition() {
        StoryIdea idea = StoryIdea.read("A girl who wants to find her grandmother's golden locket in the old attic.");

        assertThat(idea.wish()).hasValue("find {his} grandmother's golden locket");
        assertThat(idea.pronoun()).hasValue(Pronoun.SHE);
    }

    @Test
    void turnsDreamsIntoWishes() {
        assertThat(StoryIdea.read("a bird who dreams of flying").wish()).hasValue("fly");
        assertThat(StoryIdea.read("a whale who dreams of sailing").wish()).hasValue("go sailing");
        assertThat(StoryIdea.read("a cat who dreams of the sea").wish()).hasValue("find the sea");
        assertThat(StoryIdea.read("a boy searching for his dog, who ran away").wish()).hasValue("find {his} dog");
    }

    @Test
    void keepsWhatAKindDoes() {
        StoryIdea idea = StoryIdea.read("the lonely lighthouse keeper");

        assertThat(idea.heroKindPhrase()).hasValue("lighthouse keeper");
        assertThat(idea.setting()).hasValue("lighthouse");
        assertThat(idea.wish()).hasValue("make a true friend");
    }

    @Test
    void readsNamesTheHeroAndAFriend() {
        StoryIdea idea = StoryIdea.read("Pip the fox and his friend Bramble");

        assertThat(idea.heroName()).hasValue("Pip");
        assertThat(idea.friendName()).hasValue("Bramble");
        assertThat(idea.pronoun()).hasValue(Pronoun.HE);
    }

    @Test
    void leavesOpenWhatThePromptDoesNotSay() {
        StoryIdea idea = StoryIdea.read("Write me something nice!");

        assertThat(idea).isEqualTo(new StoryIdea(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
