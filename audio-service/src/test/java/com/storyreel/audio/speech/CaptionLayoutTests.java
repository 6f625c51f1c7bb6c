package com.storyreel.audio.speech;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.storyreel.audio.speech.CaptionLayout.Chunk;
import com.storyreel.audio.speech.CaptionLayout.Ending;

import static org.assertj.core.api.Assertions.assertThat;

class CaptionLayoutTests {

    private static final String STORY = """
            Once upon a time, in a quiet village by the sea, there lived an old fisherman named Tomas. Every \
            morning he rowed his small blue boat past the lighthouse, singing softly to the gulls; every evening \
            he came home with stories instead of fish. "Nets are for people who want fish," he said, laughing. \
            His granddaughter, who was seven and extraordinarily serious about everything, wrote each story down \
            in a notebook with a green cover and a broken spine — until one day the notebook was full.""";

    private final CaptionLayout layout = new CaptionLayout(CaptionLayout.STANDARD_LINE_LENGTH);

    @Test
    void keepsAShortSentenceOnOneLine() {
        assertThat(layout.chunks("The sea was calm."))
                .containsExactly(new Chunk(List.of("The sea was calm."), Ending.SENTENCE));
    }

    @Test
    void balancesTheTwoLinesOfACaption() {
        assertThat(layout.chunks("The old fisherman rowed his small blue boat past the lighthouse"))
                .containsExactly(new Chunk(
                        List.of("The old fisherman rowed his small", "blue boat past the lighthouse"), Ending.WORD));
    }

    @Test
    void breaksALineAtACommaNearTheMiddleRatherThanAtTheExactMiddle() {
        assertThat(layout.chunks("When the tide turned, the boats came home to the harbour."))
                .extracting(Chunk::lines)
                .containsExactly(List.of("When the tide turned,", "the boats came home to the harbour."));
    }

    @Test
    void doesNotEndALineOnAnArticleOrConjunction() {
        assertThat(layout.chunks("I saw the fox and the hare run past the barn"))
                .extracting(Chunk::lines)
                .containsExactly(List.of("I saw the fox and the hare", "run past the barn"));
    }

    @Test
    void endsCaptionsAtSentenceEndsFirst() {
        assertThat(layout.chunks("It rained. The wind howled!"))
                .containsExactly(new Chunk(List.of("It rained."), Ending.SENTENCE),
                        new Chunk(List.of("The wind howled!"), Ending.SENTENCE));
    }

    @Test
    void prefersClausePunctuationToWordBoundariesWhenASentenceIsTooLong() {
        List<Chunk> chunks = new CaptionLayout(24)
                .chunks("At dawn the old boats left the harbour, and the whole village slept until noon.");

        assertThat(chunks).extracting(Chunk::spoken)
                .containsExactly("At dawn the old boats left the harbour,", "and the whole village slept until noon.");
        assertThat(chunks).extracting(Chunk::ending).containsExactly(Ending.CLAUSE, Ending.SENTENCE);
    }

    @Test
    void cutsBetweenWordsIntoEvenCaptionsWhenThereIsNoPunctuation() {
        List<Chunk> chunks = layout.chunks("The little boat drifted slowly past the rocks and the sleeping seals and "
                + "the old grey lighthouse until the fisherman finally woke up and reached for his oars");

        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0).ending()).isEqualTo(Ending.WORD);
        assertThat(Math.abs(chunks.get(0).spoken().length() - chunks.get(1).spoken().length())).isLessThan(15);
    }

    @Test
    void neverSplitsAWord() {
        List<String> words = Arrays.asList(STORY.split(" "));

        for (int width = 12; width <= 50; width++) {
            assertThat(new CaptionLayout(width).chunks(STORY))
                    .flatExtracting(Chunk::lines)
                    .flatExtracting(line -> Arrays.asList(line.split(" ")))
                    .containsExactlyElementsOf(words);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 32, 42, 50})
    void everyCaptionHasAtMostTwoLinesOfTheLineLength(int width) {
        assertThat(new CaptionLayout(width).chunks(STORY)).allSatisfy(chunk -> {
            assertThat(chunk.lines()).hasSizeBetween(1, 2);
            assertThat(chunk.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
        });
    }

    @Test
    void spokenCaptionsJoinedGiveBackTheText() {
        String text = "  Once upon a time,\n\tthere was   a boat.  It sank. ";

        assertThat(String.join(" ", layout.chunks(text).stream().map(Chunk::spoken).toList()))
                .isEqualTo("Once upon a time, there was a boat. It sank.");
    }

    @Test
    void putsAWordLongerThanALineAlone() {
        assertThat(new CaptionLayout(10).chunks("A supercalifragilistic day"))
                .extracting(Chunk::text)
                .containsExactly("A", "supercalifragilistic", "day");
    }

    @Test
    void keepsAQuotationWithWhoSaidIt() {
        assertThat(layout.chunks("\"Run!\" she cried. \"Now!\""))
                .extracting(Chunk::text)
                .containsExactly("\"Run!\" she cried.", "\"Now!\"");
    }

    @Test
    void doesNotEndASentenceAfterATitle() {
        assertThat(layout.chunks("Mr. Lee waved to Dr. Okafor.")).extracting(Chunk::text)
                .containsExactly("Mr. Lee waved to Dr. Okafor.");
    }

    @Test
    void keepsStandalonePunctuationWithAWord() {
        assertThat(new CaptionLayout(10).chunks("— Wait -- listen … now"))
                .flatExtracting(Chunk::lines)
                .containsExactly("— Wait --", "listen …", "now");
    }
}
