package com.storyreel.render.assembly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneCaptions.Cue;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.MediaException;
import com.storyreel.runtime.media.MediaInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StoryAssemblerTests {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 180;
    private static final double OFFSET = 0.5;

    private static final Ffmpeg FFMPEG = Ffmpeg.onPath();
    private static final SyntheticScenes SCENES = new SyntheticScenes(FFMPEG);

    @TempDir
    static Path fixtures;

    private static Path pattern2s;
    private static Path pattern15s;
    private static Path black1s;
    private static Path white1s;
    private static Path blue2s;

    @TempDir
    Path work;

    private final StoryAssembler assembler = new StoryAssembler(FFMPEG, AssemblySettings.defaults());

    private final StoryAssembler cutting = new StoryAssembler(FFMPEG, new AssemblySettings(0, 30, -14.0, "veryfast", 20));

    @BeforeAll
    static void renderScenes() {
        pattern2s = SCENES.scene(fixtures.resolve("pattern-2s.mp4"), "testsrc2", WIDTH, HEIGHT, 2.0, OFFSET, 0.2);
        pattern15s = SCENES.scene(fixtures.resolve("pattern-1.5s.mp4"), "testsrc2", WIDTH, HEIGHT, 1.5, OFFSET, 0.2);
        black1s = SCENES.scene(fixtures.resolve("black-1s.mp4"), "color=c=black", WIDTH, HEIGHT, 1.0, OFFSET, 0.2);
        white1s = SCENES.scene(fixtures.resolve("white-1s.mp4"), "color=c=white", WIDTH, HEIGHT, 1.0, OFFSET, 0.2);
        blue2s = SCENES.scene(fixtures.resolve("blue-2s.mp4"), "color=c=0x336699", WIDTH, HEIGHT, 2.0, OFFSET, 0.2);
    }

    @Test
    void joinsScenesWithCrossfadesIntoTheExpectedDuration() {
        List<SceneInput> scenes = List.of(scene(pattern2s, 2.0), scene(pattern15s, 1.5), scene(pattern2s, 2.0));

        AssembledStory story = assembler.assemble(scenes, WIDTH, HEIGHT, work);

        double expected = 2.0 + 1.5 + 2.0 - 2 * 0.4;
        assertThat(story.durationSeconds()).isCloseTo(expected, within(1e-9));
        MediaInfo info = FFMPEG.probe(story.video());
        assertThat(info.video())
                .hasValueSatisfying(v -> assertThat(v.durationSeconds()).isCloseTo(expected, within(0.04)));
        assertThat(info.audio())
                .hasValueSatisfying(a -> assertThat(a.durationSeconds()).isCloseTo(expected, within(0.05)));
    }

    @Test
    void blendsConsecutiveScenesDuringTheCrossfade() {
        List<SceneInput> scenes = List.of(scene(black1s, 1.0), scene(white1s, 1.0));

        AssembledStory story = assembler.assemble(scenes, WIDTH, HEIGHT, work);

        // The fade runs from 0.6 s to 1.0 s; halfway through, the picture is halfway between black and white.
        assertThat(story.durationSeconds()).isCloseTo(1.6, within(1e-9));
        assertThat(meanLuma(SCENES.lumaAt(story.video(), 0.3, WIDTH, HEIGHT, work))).isLessThan(30);
        assertThat(meanLuma(SCENES.lumaAt(story.video(), 0.8, WIDTH, HEIGHT, work))).isBetween(90.0, 160.0);
        assertThat(meanLuma(SCENES.lumaAt(story.video(), 1.3, WIDTH, HEIGHT, work))).isGreaterThan(220);
    }

    @Test
    void copiesTheVideoOfCutScenesInsteadOfEncodingItAgain() {
        AssembledStory copied = cutting.assemble(List.of(scene(black1s, 1.0), scene(pattern15s, 1.5)), WIDTH, HEIGHT,
                work.resolve("copied"));
        AssembledStory encoded = assembler.assemble(List.of(scene(black1s, 1.0), scene(pattern15s, 1.5)), WIDTH,
                HEIGHT, work.resolve("encoded"));

        // Decoded pictures are the source's exactly when copied; an encode (lossy) changes them.
        byte[] source = SCENES.lumaAt(pattern15s, 0.5, WIDTH, HEIGHT, work);
        assertThat(SCENES.lumaAt(copied.video(), 1.5, WIDTH, HEIGHT, work)).isEqualTo(source);
        assertThat(SCENES.lumaAt(encoded.video(), 1.1, WIDTH, HEIGHT, work)).isNotEqualTo(source);
        assertThat(FFMPEG.probe(copied.video()).durationSeconds()).isCloseTo(2.5, within(0.05));
    }

    @Test
    void encodesScenesOfAnotherSizeInsteadOfCopyingThem() {
        Path small = SCENES.scene(work.resolve("small.mp4"), "testsrc2", WIDTH / 2, HEIGHT / 2, 1.0, OFFSET, 0.2);

        AssembledStory story = cutting.assemble(List.of(scene(small, 1.0), scene(pattern15s, 1.5)), WIDTH, HEIGHT, work);

        assertThat(FFMPEG.probe(story.video()).video()).hasValueSatisfying(v -> {
            assertThat(v.width()).isEqualTo(WIDTH);
            assertThat(v.height()).isEqualTo(HEIGHT);
        });
        assertThat(FFMPEG.probe(story.video()).durationSeconds()).isCloseTo(2.5, within(0.05));
    }

    @Test
    void hardCutsWhenCrossfadeIsZero() {
        List<SceneInput> scenes = List.of(scene(black1s, 1.0), scene(white1s, 1.0), scene(pattern15s, 1.5));

        AssembledStory story = cutting.assemble(scenes, WIDTH, HEIGHT, work);

        assertThat(story.durationSeconds()).isCloseTo(3.5, within(1e-9));
        assertThat(FFMPEG.probe(story.video()).durationSeconds()).isCloseTo(3.5, within(0.05));
        // The last black frame (29) is followed directly by the first white one (30); a seek lands on the first
        // frame at or after the time asked for.
        assertThat(meanLuma(SCENES.lumaAt(story.video(), 28.6 / 30, WIDTH, HEIGHT, work))).isLessThan(30);
        assertThat(meanLuma(SCENES.lumaAt(story.video(), 29.6 / 30, WIDTH, HEIGHT, work))).isGreaterThan(220);
    }

    @Test
    void rendersASingleScene() {
        AssembledStory story = assembler.assemble(List.of(scene(pattern15s, 1.5)), WIDTH, HEIGHT, work);

        assertThat(story.durationSeconds()).isCloseTo(1.5, within(1e-9));
        assertThat(FFMPEG.probe(story.video()).durationSeconds()).isCloseTo(1.5, within(0.05));
    }

    @Test
    void holdsEachSceneToItsStatedLength() {
        // A 1.5 s file stated as 2 s is padded; a 2 s file stated as 1 s is cut.
        List<SceneInput> scenes = List.of(scene(pattern15s, 2.0), scene(pattern2s, 1.0));

        AssembledStory story = assembler.assemble(scenes, WIDTH, HEIGHT, work);

        MediaInfo info = FFMPEG.probe(story.video());
        assertThat(info.video()).hasValueSatisfying(v -> assertThat(v.durationSeconds()).isCloseTo(2.6, within(0.04)));
        assertThat(info.audio()).hasValueSatisfying(a -> assertThat(a.durationSeconds()).isCloseTo(2.6, within(0.05)));
    }

    @Test
    void joinsTwentyScenes() {
        List<SceneInput> scenes = Collections.nCopies(20, scene(pattern15s, 1.5, new Cue(0, 0.2, "Again")));

        AssembledStory story = assembler.assemble(scenes, WIDTH, HEIGHT, work);

        double expected = 20 * 1.5 - 19 * 0.4;
        assertThat(story.cues()).hasSize(20);
        assertThat(story.durationSeconds()).isCloseTo(expected, within(1e-9));
        assertThat(FFMPEG.probe(story.video()).durationSeconds()).isCloseTo(expected, within(0.05));
    }

    @Test
    void writesSrtAndVttWithTheSameCuesInOrder() throws IOException {
        List<SceneInput> scenes = List.of(
                scene(pattern2s, 2.0, new Cue(0.0, 0.6, "First line\nsecond line"), new Cue(0.6, 1.2, "Then <this>")),
                scene(pattern15s, 1.5, new Cue(0.0, 0.5, "Café & crème")));

        AssembledStory story = assembler.assemble(scenes, WIDTH, HEIGHT, work);

        List<String[]> srt = blocks(Files.readString(story.srt(), StandardCharsets.UTF_8));
        String vttText = Files.readString(story.vtt(), StandardCharsets.UTF_8);
        assertThat(vttText).startsWith("WEBVTT\n\n");
        List<String[]> vtt = blocks(vttText.substring("WEBVTT\n\n".length()));
        assertThat(srt).hasSize(3);
        assertThat(vtt).hasSize(3);
        for (int i = 0; i < srt.size(); i++) {
            assertThat(srt.get(i)[0]).isEqualTo(Integer.toString(i + 1));
            assertThat(srt.get(i)[1].replace(',', '.')).isEqualTo(vtt.get(i)[0]);
        }
        assertThat(srt.stream().map(block -> block[1]).toList()).containsExactly(
                "00:00:00,500 --> 00:00:01,100",
                "00:00:01,100 --> 00:00:01,700",
                "00:00:02,100 --> 00:00:02,600");
        assertThat(srt.get(0)).endsWith("First line", "second line");
        assertThat(vtt.get(1)).endsWith("Then &lt;this&gt;");
        assertThat(vtt.get(2)).endsWith("Café &amp; crème");
        assertThat(story.cues()).extracting(Cue::text)
                .containsExactly("First line\nsecond line", "Then <this>", "Café & crème");
    }

    @Test
    void offsetsEachScenesCuesByItsStartAndNarrationOffset() {
        List<SceneInput> scenes = List.of(
                new SceneInput(pattern2s, captions(new Cue(0.1, 0.9, "one")), 2.0, 0.5),
                new SceneInput(pattern15s, captions(new Cue(0.2, 0.6, "two")), 1.5, 0.3));

        AssembledStory story = assembler.assemble(scenes, WIDTH, HEIGHT, work);

        // Scene 1 starts at 2.0 - 0.4 = 1.6 s; its narration 0.3 s later.
        assertThat(story.cues()).containsExactly(new Cue(0.6, 1.4, "one"), new Cue(2.1, 2.5, "two"));
    }

    @ParameterizedTest(name = "from a peak amplitude of {0}")
    @CsvSource({"0.01", "0.9"})
    void normalisesLoudnessToMinus14Lufs(double amplitude) {
        Path first = SCENES.scene(work.resolve("first.mp4"), "testsrc2", WIDTH, HEIGHT, 3.0, OFFSET, amplitude);
        Path second = SCENES.scene(work.resolve("second.mp4"), "testsrc2", WIDTH, HEIGHT, 3.0, OFFSET, amplitude);
        double before = SCENES.integratedLoudness(first);

        AssembledStory story = assembler.assemble(List.of(scene(first, 3.0), scene(second, 3.0)), WIDTH, HEIGHT,
                work.resolve("out"));

        assertThat(Math.abs(before + 14)).isGreaterThan(10);
        assertThat(SCENES.integratedLoudness(story.video())).isCloseTo(-14.0, within(1.0));
    }

    @Test
    void keepsASilentStorySilent() {
        Path silent = SCENES.scene(work.resolve("silent.mp4"), "testsrc2", WIDTH, HEIGHT, 1.5, OFFSET, 0.0);

        AssembledStory story = assembler.assemble(List.of(scene(silent, 1.5), scene(silent, 1.5)), WIDTH, HEIGHT,
                work.resolve("out"));

        assertThat(FFMPEG.probe(story.video()).audio()).isPresent();
        assertThat(SCENES.integratedLoudness(story.video())).isLessThan(-60);
    }

    @Test
    void putsTheMoovAtomBeforeTheMediaData() {
        AssembledStory story = assembler.assemble(List.of(scene(pattern15s, 1.5)), WIDTH, HEIGHT, work);

        List<String> boxes = SyntheticScenes.topLevelBoxes(story.video());
        assertThat(boxes).contains("moov", "mdat");
        assertThat(boxes.indexOf("moov")).isLessThan(boxes.indexOf("mdat"));
    }

    @Test
    void outputsH264Yuv420pAndAac48k() {
        AssembledStory story = assembler.assemble(List.of(scene(pattern2s, 2.0), scene(pattern15s, 1.5)), WIDTH,
                HEIGHT, work);

        MediaInfo info = FFMPEG.probe(story.video());
        assertThat(info.formatName()).contains("mp4");
        assertThat(info.video()).hasValueSatisfying(v -> {
            assertThat(v.codec()).isEqualTo("h264");
            assertThat(v.pixelFormat()).isEqualTo("yuv420p");
            assertThat(v.width()).isEqualTo(WIDTH);
            assertThat(v.height()).isEqualTo(HEIGHT);
            assertThat(v.averageFrameRate()).isEqualTo("30/1");
        });
        assertThat(info.audio()).hasValueSatisfying(a -> {
            assertThat(a.codec()).isEqualTo("aac");
            assertThat(a.sampleRate()).isEqualTo(48_000);
            assertThat(a.channels()).isEqualTo(2);
        });
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"180, 320", "240, 240"})
    void worksForPortraitAndSquare(int width, int height) {
        Path clip = SCENES.scene(work.resolve("clip.mp4"), "testsrc2", width, height, 1.5, OFFSET, 0.2);

        AssembledStory story = assembler.assemble(
                List.of(scene(clip, 1.5, new Cue(0, 0.5, "Hello")), scene(clip, 1.5)), width, height,
                work.resolve("out"));

        assertThat(FFMPEG.probe(story.video()).video()).hasValueSatisfying(v -> {
            assertThat(v.width()).isEqualTo(width);
            assertThat(v.height()).isEqualTo(height);
        });
        assertThat(story.durationSeconds()).isCloseTo(2.6, within(1e-9));
    }

    @Test
    void rejectsAnEmptySceneList() {
        assertThatThrownBy(() -> assembler.assemble(List.of(), WIDTH, HEIGHT, work))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining("no scenes");
    }

    @Test
    void rejectsAMissingSceneFile() {
        Path missing = work.resolve("missing.mp4");

        assertThatThrownBy(() -> assembler.assemble(List.of(scene(pattern2s, 2.0), scene(missing, 2.0)), WIDTH,
                HEIGHT, work))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining("Scene 1")
                .hasMessageContaining(missing.toString());
    }

    private static SceneInput scene(Path video, double seconds, Cue... cues) {
        return new SceneInput(video, captions(cues), seconds, OFFSET);
    }

    private static SceneCaptions captions(Cue... cues) {
        return new SceneCaptions(List.of(cues));
    }

    /** Blank-line separated blocks, each split into its lines. */
    private static List<String[]> blocks(String text) {
        List<String[]> blocks = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            if (!block.isBlank()) {
                blocks.add(block.split("\n"));
            }
        }
        return blocks;
    }

    private static double meanLuma(byte[] frame) {
        long sum = 0;
        for (byte b : frame) {
            sum += b & 0xFF;
        }
        return (double) sum / frame.length;
    }

    /** Pixels brighter than the blue background can be, in rows [from, to). */
    private static int brightPixels(byte[] frame, int fromRow, int toRow) {
        int count = 0;
        for (int i = fromRow * WIDTH; i < toRow * WIDTH; i++) {
            if ((frame[i] & 0xFF) > 200) {
                count++;
            }
        }
        return count;
    }
}
