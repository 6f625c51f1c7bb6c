package com.storyreel.audio.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.storyreel.audio.speech.CaptionLayout.Chunk;
import com.storyreel.audio.speech.CaptionLayout.Ending;

/**
 * Free narration on the machine's own speech engines, flite and espeak-ng (Debian packages of the same names).
 * Engines give no word timings, so the text is cut into caption chunks, each chunk is spoken on its own, trimmed of
 * the engine's silence and joined to the others with pauses; the cues then come exactly from the sample counts.
 * Safe to use from several threads at once.
 */
public final class LocalSpeechEngine {

    private static final Logger log = LoggerFactory.getLogger(LocalSpeechEngine.class);

    // A chunk is at most two caption lines; even a slow machine speaks that in a second or two.
    private static final Duration CHUNK_TIMEOUT = Duration.ofSeconds(30);

    private final CaptionLayout layout = new CaptionLayout(CaptionLayout.STANDARD_LINE_LENGTH);

    private final List<Offer> offers;
    private final Offer defaultVoice;

    /**
     * Finds out which engines and voices are installed.
     *
     * @param flitePath the flite program, a path or a name on the PATH
     * @param espeakPath the espeak-ng program, a path or a name on the PATH
     * @param defaultVoice the voice used when none is asked for; null for the first installed one (flite's slt,
     *        else espeak-ng's en-us)
     * @throws IllegalArgumentException if the default voice is unknown
     * @throws SpeechException if the default voice's engine is not installed
     */
    public LocalSpeechEngine(String flitePath, String espeakPath, String defaultVoice) {
        List<Offer> found = new ArrayList<>();
        for (SpeechProgram program : List.of(new Flite(flitePath), new EspeakNg(espeakPath))) {
            List<KnownVoice> installed = probe(program);
            for (KnownVoice voice : program.catalogue()) {
                found.add(new Offer(program, voice, installed.contains(voice)));
            }
        }
        this.offers = List.copyOf(found);
        log.info("Local speech voices: {}", voices().stream().map(Voice::name).toList());
        this.defaultVoice = defaultVoice == null ? offers.stream().filter(Offer::installed).findFirst().orElse(null)
                : resolve(defaultVoice);
    }

    /** The voices whose engine is installed, the default one first when no default was configured. */
    public List<Voice> voices() {
        return offers.stream().filter(Offer::installed).map(offer -> offer.voice().voice()).toList();
    }

    /**
     * Speaks the text into a mono 16-bit PCM WAV file, with caption cues timed to it.
     *
     * @param voice a voice name from {@link #voices()}, optionally as {@code engine:name}; null for the default
     * @throws IllegalArgumentException if the voice is unknown or the text has nothing to speak
     * @throws SpeechException if the engine is missing or fails
     */
    public Narration narrate(String text, String voice, Path outputWav) {
        String cleaned = NarrationText.clean(text);
        Offer offer = voice == null ? defaultOffer() : resolve(voice);
        long startNanos = System.nanoTime();
        List<Chunk> chunks = layout.chunks(cleaned);
        NarrationTrack track = new NarrationTrack();
        Path work = createWorkDirectory();
        try {
            for (int i = 0; i < chunks.size(); i++) {
                Chunk chunk = chunks.get(i);
                boolean last = i == chunks.size() - 1;
                PcmAudio speech = speak(offer, spokenText(chunk, last), work.resolve("chunk-" + i));
                track.append(speech.trimSilence(), chunk.text(), chunk.ending());
            }
        }
        finally {
            delete(work);
        }
        PcmAudio audio = track.audio();
        writeWav(audio, outputWav);
        log.info("Narrated {} s with {} in {} ms ({} cues)", String.format(Locale.ROOT, "%.2f", audio.seconds()),
                offer.voice().name(), (System.nanoTime() - startNanos) / 1_000_000, chunks.size());
        return new Narration(outputWav, audio.seconds(), track.captions(), offer.voice().name());
    }

    /**
     * Cut mid-sentence, a chunk would be spoken with the falling tone of a sentence end; a comma asks the engine for
     * the rising tone of a sentence that goes on (the pause it adds is trimmed away).
     */
    private static String spokenText(Chunk chunk, boolean last) {
        return chunk.ending() == Ending.WORD && !last ? chunk.spoken() + "," : chunk.spoken();
    }

    private static PcmAudio speak(Offer offer, String text, Path base) {
        SpeechProgram program = offer.program();
        Path textFile = base.resolveSibling(base.getFileName() + ".txt");
        Path wavFile = base.resolveSibling(base.getFileName() + ".wav");
        try {
            // A file, never an argument: text like "-5 degrees" or "--help" must not be read as an option.
            Files.writeString(textFile, program.speakable(text), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write " + textFile, ex);
        }
        try {
            ChildProcess.run(program.speakCommand(offer.voice(), textFile, wavFile), CHUNK_TIMEOUT);
        }
        catch (IOException ex) {
            throw missing(program, ex);
        }
        if (!Files.isRegularFile(wavFile)) {
            throw new SpeechException(program.engine() + " wrote no audio for \"" + text + "\"");
        }
        return PcmAudio.read(wavFile);
    }

    private Offer resolve(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        String engine = null;
        int colon = wanted.indexOf(':');
        if (colon >= 0) {
            engine = wanted.substring(0, colon).equals("espeak") ? "espeak-ng" : wanted.substring(0, colon);
            wanted = wanted.substring(colon + 1);
        }
        for (Offer offer : offers) {
            if (offer.voice().name().equals(wanted) && (engine == null || engine.equals(offer.program().engine()))) {
                if (!offer.installed()) {
                    throw new SpeechException("Voice " + wanted + " needs " + offer.program().engine()
                            + ", which is not installed (looked for '" + offer.program().executable()
                            + "'): install the Debian package " + offer.program().debianPackage());
                }
                return offer;
            }
        }
        List<String> valid = voices().stream().map(Voice::name).toList();
        throw new IllegalArgumentException("Unknown voice '" + name + "'; valid voices: "
                + (valid.isEmpty() ? "none, as neither flite nor espeak-ng is installed" : String.join(", ", valid)));
    }

    private Offer defaultOffer() {
        if (defaultVoice == null) {
            throw new SpeechException("No speech engine is installed: install the Debian package flite or espeak-ng");
        }
        return defaultVoice;
    }

    private static List<KnownVoice> probe(SpeechProgram program) {
        try {
            return program.installedVoices();
        }
        catch (IOException ex) {
            log.info("{} is not available ({}); install the Debian package {} for its voices", program.engine(),
                    ex.getMessage(), program.debianPackage());
        }
        catch (SpeechException ex) {
            log.warn("{} does not list its voices: {}", program.engine(), ex.getMessage());
        }
        return List.of();
    }

    private static SpeechException missing(SpeechProgram program, IOException cause) {
        return new SpeechException("Could not run " + program.engine() + " ('" + program.executable() + "'): "
                + cause.getMessage() + "; install the Debian package " + program.debianPackage(), cause);
    }

    private static Path createWorkDirectory() {
        try {
            return Files.createTempDirectory("storyreel-speech-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not create a temporary directory", ex);
        }
    }

    private static void writeWav(PcmAudio audio, Path outputWav) {
        try {
            Path parent = outputWav.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not create the directory of " + outputWav, ex);
        }
        audio.write(outputWav);
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        }
        catch (IOException ex) {
            log.warn("Could not delete the temporary directory {}: {}", directory, ex.getMessage());
        }
    }

    /** A catalogue voice, the program that speaks it, and whether that program has it here. */
    private record Offer(SpeechProgram program, KnownVoice voice, boolean installed) {
    }
}
