package com.storyreel.story.storytelling;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.storyreel.story.storytelling.SentenceSplitter.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTests {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtFullStopsQuestionAndExclamationMarks() {
        assertThat(split("The fox ran. Did the owl see? It did! Then it slept."))
                .containsExactly("The fox ran.", "Did the owl see?", "It did!", "Then it slept.");
    }

    @Test
    void doesNotSplitAfterAbbreviationsOrDecimals() {
        assertThat(split("Mr. Brown met Mrs. Lee and Dr. Okoro on St. Mary's Road. They walked 3.5 miles, e.g. past the mill, "
                + "i.e. the long way. They saw owls, foxes, etc. and came home at 9 a.m. on Sunday."))
                .containsExactly("Mr. Brown met Mrs. Lee and Dr. Okoro on St. Mary's Road.",
                        "They walked 3.5 miles, e.g. past the mill, i.e. the long way.",
                        "They saw owls, foxes, etc. and came home at 9 a.m. on Sunday.");
    }

    @Test
    void endsASentenceAfterAnAbbreviationWhenACapitalFollows() {
        assertThat(split("They packed apples, pears, etc. The road was long."))
                .containsExactly("They packed apples, pears, etc.", "The road was long.");
    }

    @Test
    void keepsInitialsWithTheirName() {
        assertThat(split("The book was by J. R. R. Tolkien. Pip loved it."))
                .containsExactly("The book was by J. R. R. Tolkien.", "Pip loved it.");
    }

    @Test
    void splitsAfterEllipsesOnlyBeforeACapital() {
        assertThat(split("The door creaked... and then nothing. Wait… Someone was there."))
                .containsExactly("The door creaked... and then nothing.", "Wait…", "Someone was there.");
    }

    @Test
    void keepsClosingQuotesAndDialogueTagsWithTheirSentence() {
        assertThat(split("\"Help!\" cried Pip. \"Where are you?\" she asked. He said, \"Over here.\" Then he waved."))
                .containsExactly("\"Help!\" cried Pip.", "\"Where are you?\" she asked.", "He said, \"Over here.\"",
                        "Then he waved.");
    }

    @Test
    void treatsInterrobangsAsOneEnding() {
        assertThat(split("What was that?! Nobody knew.")).containsExactly("What was that?!", "Nobody knew.");
    }

    @Test
    void keepsTextWithoutFinalPunctuation() {
        assertThat(split("The fox slept. The moon rose over the hill")).containsExactly("The fox slept.",
                "The moon rose over the hill");
    }

    @Test
    void keepsParagraphsApartAndNumbersThem() {
        List<Sentence> sentences = splitter.split("One. Two\n\n\nThree.\r\n  \r\nFour.");
        assertThat(sentences).extracting(Sentence::text).containsExactly("One.", "Two", "Three.", "Four.");
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 0, 1, 2);
    }

    @Test
    void joinsHardWrappedLinesButSplitsLinesThatEachStartASentence() {
        assertThat(split("The fox walked down to\nthe river and looked\nat the water.")).containsExactly(
                "The fox walked down to the river and looked at the water.");
        assertThat(split("The fox ran\nThe owl flew\nThe moon rose")).containsExactly("The fox ran", "The owl flew",
                "The moon rose");
    }

    @Test
    void cutsARunOnSentenceAtClauseBreaksKeepingEveryWord() {
        String runOn = ("the fox ran through the wet grass and over the stones, " .repeat(8)).trim();
        List<Sentence> pieces = splitter.split(runOn);

        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces).allSatisfy(piece -> assertThat(piece.words()).isBetween(12, SentenceSplitter.LONG_SENTENCE_WORDS));
        assertThat(String.join(" ", pieces.stream().map(Sentence::text).toList())).isEqualTo(runOn);
    }

    @Test
    void countsWords() {
        assertThat(splitter.split("Pip's well-known den, by the 3 oaks!")).extracting(Sentence::words).containsExactly(7);
    }
}
