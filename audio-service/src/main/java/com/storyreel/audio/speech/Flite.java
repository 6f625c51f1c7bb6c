package com.storyreel.audio.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** CMU flite: small, fast, English only, reads ASCII. */
final class Flite extends SpeechProgram {

    private static final Logger log = LoggerFactory.getLogger(Flite.class);

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    // Stretches measured to bring each voice near 160 words a minute; the kal diphone voices ignore the setting.
    private static final List<KnownVoice> CATALOGUE = List.of(
            voice("slt", "US English, female", "1.2"),
            voice("rms", "US English, male", null),
            voice("awb", "Scottish English, male", "1.15"),
            voice("kal16", "US English, male, diphone", null),
            voice("kal", "US English, male, diphone, 8 kHz telephone quality", null));

    Flite(String executable) {
        super("flite", executable, CATALOGUE);
    }

    @Override
    List<KnownVoice> installedVoices() throws IOException {
        // Prints "Voices available: kal awb_time kal16 awb rms slt".
        String listing = ChildProcess.run(List.of(executable(), "-lv"), PROBE_TIMEOUT);
        Set<String> available = Set.of(listing.substring(listing.indexOf(':') + 1).strip().split("\\s+"));
        return CATALOGUE.stream().filter(v -> available.contains(v.name())).toList();
    }

    @Override
    String speakable(String text) {
        String ascii = NarrationText.ascii(text);
        if (ascii.codePoints().noneMatch(Character::isLetterOrDigit)) {
            log.warn("flite cannot read \"{}\" and stays silent; an espeak-ng voice can read it", text);
        }
        return ascii;
    }

    @Override
    List<String> speakCommand(KnownVoice voice, Path textFile, Path wavFile) {
        List<String> command = new ArrayList<>(List.of(executable(), "-voice", voice.name()));
        command.addAll(voice.options());
        command.addAll(List.of("-f", textFile.toString(), "-o", wavFile.toString()));
        return command;
    }

    private static KnownVoice voice(String name, String description, String durationStretch) {
        List<String> options = durationStretch == null ? List.of()
                : List.of("--setf", "duration_stretch=" + durationStretch);
        return new KnownVoice(new Voice(name, "flite", description), options);
    }
}
