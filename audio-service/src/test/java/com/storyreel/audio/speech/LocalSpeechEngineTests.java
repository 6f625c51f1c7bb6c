package com.storyreel.audio.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneCaptions.Cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Runs the real flite and espeak-ng on short texts. */
class LocalSpeechEngineTests {

    private static final LocalSpeechEngine engine = new LocalSpeechEngine("flite", "espeak-ng", null);

    private static final String SCENE = """
            Once upon a time, in a quiet village by the sea, there lived an old fisherman named Tomas. \
            Every morning he rowed his small blue boat past the lighthouse, singing softly to the gulls, \
            and every evening he came home with stories instead of fish.""";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"slt", "kal", "en-us"})
    void measuresTheDurationFromTheSamples(String voice) throws Exception {
        Narration narration = engine.narrate("The tide came in slowly.", voice, dir.resolve("tide.wav"));

        assertThat(narration.durationSeconds()).isCloseTo(Double.parseDouble(probe(narration.wav()).get("duration")),
                within(0.02));
        int sampleRate = Integer.parseInt(probe(narration.wav()).get("sample_rate"));
        assertThat(narration.durationSeconds()).isEqualTo((Files.size(narration.wav()) - 44) / 2.0 / sampleRate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"slt", "en-us"})
    void cuesCoverTheNarrationInOrderWithoutOverlap(String voice) {
        Narration narration = engine.narrate(SCENE, voice, dir.resolve("scene.wav"));

        List<Cue> cues = narration.captions().cues();
        assertThat(cues).hasSizeGreaterThan(2);
        assertThat(cues.getFirst().start()).isZero();
        for (int i = 0; i < cues.size(); i++) {
            assertThat(cues.get(i).end()).isGreaterThan(cues.get(i).start());
            if (i + 1 < cues.size()) {
                assertThat(cues.get(i + 1).start()).isEqualTo(cues.get(i).end());
            }
        }
        assertThat(cues.getLast().end()).isEqualTo(narration.durationSeconds());
    }

    @Test
    void everyCueHasAtMostTwoLinesOf42Characters() {
        Narration narration = engine.narrate(SCENE, null, dir.resolve("scene.wav"));

        assertThat(narration.captions().cues()).extracting(Cue::text).allSatisfy(text -> {
            assertThat(text.lines().toList()).hasSizeBetween(1, 2)
                    .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(42));
        });
    }

    @Test
    void cueTextsJoinedGiveBackTheNarration() {
        String text = "  The storm broke at midnight.\n\nRain hammered the roof,   and the old house creaked\tand "
                + "groaned like a ship at sea; nobody slept. ";

        Narration narration = engine.narrate(text, null, dir.resolve("storm.wav"));

        assertThat(joined(narration.captions())).isEqualTo(text.replaceAll("\\s+", " ").strip());
    }

    @Test
    void longerTextGivesLongerAudio() {
        Narration shorter = engine.narrate("The boat sailed.", null, dir.resolve("short.wav"));
        Narration longer = engine.narrate("The boat sailed far beyond the harbour, out where the water turned black.",
                null, dir.resolve("long.wav"));

        assertThat(longer.durationSeconds()).isGreaterThan(shorter.durationSeconds() + 1);
    }

    @Test
    void differentVoicesSoundDifferent() throws Exception {
        String text = "Good evening, traveller.";
        byte[] slt = Files.readAllBytes(engine.narrate(text, "slt", dir.resolve("slt.wav")).wav());
        byte[] rms = Files.readAllBytes(engine.narrate(text, "rms", dir.resolve("rms.wav")).wav());
        byte[] enUs = Files.readAllBytes(engine.narrate(text, "en-us", dir.resolve("en-us.wav")).wav());
        byte[] enUsFemale = Files.readAllBytes(engine.narrate(text, "en-us+f3", dir.resolve("en-us-f3.wav")).wav());

        assertThat(List.of(slt, rms, enUs, enUsFemale)).allSatisfy(wav -> assertThat(wav.length).isGreaterThan(1000));
        assertThat(Arrays.equals(slt, rms)).isFalse();
        assertThat(Arrays.equals(enUs, enUsFemale)).isFalse();
        assertThat(Arrays.equals(slt, enUs)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"slt", "en-us"})
    void speaksApostrophesQuotesAndLeadingDigits(String voice) {
        String text = "\"'Tis 1999 -- don't stop,\" she said.";

        Narration narration = engine.narrate(text, voice, dir.resolve("tis.wav"));
        Narration withoutTheYear = engine.narrate("\"'Tis -- don't stop,\" she said.", voice,
                dir.resolve("no-year.wav"));

        assertThat(joined(narration.captions())).isEqualTo(text);
        // "nineteen ninety-nine" is really spoken, not dropped or mangled into something short.
        assertThat(narration.durationSeconds()).isGreaterThan(withoutTheYear.durationSeconds() + 0.6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"slt", "en-us"})
    void textStartingWithADashIsSpokenNotTakenAsAnOption(String voice) {
        String text = "--help -v -w out.wav, said the robot.";

        Narration narration = engine.narrate(text, voice, dir.resolve("dash.wav"));

        assertThat(joined(narration.captions())).isEqualTo(text);
        assertThat(narration.durationSeconds()).isGreaterThan(1.5);
        assertThat(dir.resolve("out.wav")).doesNotExist();
    }

    @Test
    void speaksAccentedWordsWithBothEngines() {
        Narration espeak = engine.narrate("Café Müller, naïve façade.", "en-gb", dir.resolve("espeak.wav"));
        Narration flite = engine.narrate("Café Müller, naïve façade.", "slt", dir.resolve("flite.wav"));

        assertThat(espeak.durationSeconds()).isGreaterThan(1);
        assertThat(flite.durationSeconds()).isGreaterThan(1);
        assertThat(joined(flite.captions())).isEqualTo("Café Müller, naïve façade.");
    }

    @Test
    void rejectsAnUnknownVoiceListingTheValidOnes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> engine.narrate("Hello.", "klingon", dir.resolve("x.wav")))
                .withMessageContaining("klingon")
                .withMessageContaining("slt")
                .withMessageContaining("en-us");
    }

    @Test
    void rejectsTextWithNothingToSpeak() {
        assertThatIllegalArgumentException().isThrownBy(() -> engine.narrate(" \u0007 … ", null, dir.resolve("x.wav")));
    }

    @Test
    void acceptsVoiceNamesQualifiedWithTheirEngine() {
        assertThat(engine.narrate("Hi.", "flite:slt", dir.resolve("a.wav")).voice()).isEqualTo("slt");
        assertThat(engine.narrate("Hi.", "espeak:en-gb", dir.resolve("b.wav")).voice()).isEqualTo("en-gb");
        assertThat(engine.narrate("Hi.", "espeak-ng:EN-US+f3", dir.resolve("c.wav")).voice()).isEqualTo("en-us+f3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> engine.narrate("Hi.", "flite:en-us", dir.resolve("d.wav")));
    }

    @Test
    void listsOnlyInstalledVoices() {
        LocalSpeechEngine withoutFlite = new LocalSpeechEngine(dir.resolve("no-flite").toString(), "espeak-ng", null);

        assertThat(engine.voices()).extracting(Voice::name)
                .contains("slt", "rms", "awb", "kal16", "kal", "en-us", "en-us+f3", "en-gb", "en-gb+m3")
                .doesNotHaveDuplicates();
        assertThat(withoutFlite.voices()).isNotEmpty()
                .allSatisfy(voice -> assertThat(voice.engine()).isEqualTo("espeak-ng"));
    }

    @Test
    void speaksWithSltByDefaultAndWithEspeakWhenFliteIsMissing() {
        LocalSpeechEngine withoutFlite = new LocalSpeechEngine(dir.resolve("no-flite").toString(), "espeak-ng", null);

        assertThat(engine.narrate("Hi.", null, dir.resolve("a.wav")).voice()).isEqualTo("slt");
        assertThat(withoutFlite.narrate("Hi.", null, dir.resolve("b.wav")).voice()).isEqualTo("en-us");
        assertThat(new LocalSpeechEngine("flite", "espeak-ng", "en-gb").narrate("Hi.", null, dir.resolve("c.wav"))
                .voice()).isEqualTo("en-gb");
    }

    @Test
    void namesTheDebianPackageToInstallWhenAnEngineIsMissing() {
        LocalSpeechEngine withoutFlite = new LocalSpeechEngine(dir.resolve("no-flite").toString(), "espeak-ng", null);
        LocalSpeechEngine withoutAny = new LocalSpeechEngine(dir.resolve("no-flite").toString(),
                dir.resolve("no-espeak").toString(), null);

        assertThatExceptionOfType(SpeechException.class)
                .isThrownBy(() -> withoutFlite.narrate("Hi.", "slt", dir.resolve("a.wav")))
                .withMessageContaining("install the Debian package flite");
        assertThatExceptionOfType(SpeechException.class)
                .isThrownBy(() -> withoutAny.narrate("Hi.", null, dir.resolve("b.wav")))
                .withMessageContaining("flite or espeak-ng");
        assertThat(withoutAny.voices()).isEmpty();
    }

    @Test
    void reportsAFailingEngineWithItsExitCodeAndOutput() throws Exception {
        Path failing = dir.resolve("espeak-ng");
        Files.writeString(failing, "#!/bin/sh\ncase \"$1\" in --voices=*) "
                + "echo ' 2  en-us  --/M  English_(America)  gmw/en-US'; exit 0;; esac\n"
                + "echo 'voice data is broken' >&2\nexit 3\n");
        failing.toFile().setExecutable(true);
        LocalSpeechEngine broken = new LocalSpeechEngine(dir.resolve("no-flite").toString(), failing.toString(), null);

        assertThatExceptionOfType(SpeechException.class)
                .isThrownBy(() -> broken.narrate("Hi.", "en-us", dir.resolve("a.wav")))
                .withMessageContaining("exit code 3")
                .withMessageContaining("voice data is broken");
    }

    @Test
    void writesAValidWavThatFfmpegDecodes() throws Exception {
        Narration narration = engine.narrate("The lighthouse blinked twice.", "slt", dir.resolve("out/scene.wav"));

        Map<String, String> probe = probe(narration.wav());
        assertThat(probe).containsEntry("codec_name", "pcm_s16le").containsEntry("channels", "1")
                .containsEntry("sample_rate", "16000");
        assertThat(run("ffmpeg", "-v", "error", "-nostdin", "-i", narration.wav().toString(), "-f", "null", "-"))
                .isEmpty();
    }

    @Test
    void narratesSeveralScenesAtOnce() throws Exception {
        List<String> texts = List.of("The first scene.", "The second scene, a little longer.", "A third.",
                "And the fourth, with a comma.");
        List<byte[]> oneByOne = texts.stream().map(text -> wavBytes(engine.narrate(text, "slt",
                dir.resolve("seq-" + texts.indexOf(text) + ".wav")))).toList();

        List<Future<byte[]>> futures;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            futures = texts.stream().map(text -> executor.submit(() -> wavBytes(engine.narrate(text, "slt",
                    dir.resolve("par-" + texts.indexOf(text) + ".wav"))))).toList();
        }

        for (int i = 0; i < texts.size(); i++) {
            assertThat(futures.get(i).get()).isEqualTo(oneByOne.get(i));
        }
    }

    private static String joined(SceneCaptions captions) {
        return String.join(" ", captions.cues().stream().map(cue -> cue.text().replace('\n', ' ')).toList());
    }

    private static byte[] wavBytes(Narration narration) {
        try {
            return Files.readAllBytes(narration.wav());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Map<String, String> probe(Path wav) throws Exception {
        Map<String, String> values = new HashMap<>();
        String output = run("ffprobe", "-v", "error", "-show_entries",
                "format=duration:stream=codec_name,sample_rate,channels", "-of", "default=noprint_wrappers=1",
                wav.toString());
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1).strip());
            }
        }
        return values;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("%s exit code, output: %s", command[0], output).isZero();
        return output;
    }
}
