package com.storyreel.audio.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** eSpeak NG: formant synthesis, robotic but clear, reads any script. */
final class EspeakNg extends SpeechProgram {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    // espeak-ng's 175 words a minute is brisk for a story.
    private static final String WORDS_PER_MINUTE = "150";

    // Languages and "+variant" voice modifiers as espeak-ng names them.
    private static final List<KnownVoice> CATALOGUE = List.of(
            voice("en-us", "US English, male"),
            voice("en-us+f3", "US English, female"),
            voice("en-gb", "British English, male"),
            voice("en-gb+f3", "British English, female"),
            voice("en-gb+m3", "British English, male, deeper"),
            voice("en-gb-x-rp", "British English, received pronunciation, male"),
            voice("en-gb-scotland", "Scottish English, male"));

    EspeakNg(String executable) {
        super("espeak-ng", executable, CATALOGUE);
    }

    @Override
    List<KnownVoice> installedVoices() throws IOException {
        // Lines like " 2  en-us  --/M  English_(America)  gmw/en-US" and " 5  variant  --/F  female3  !v/f3".
        // MBROLA voices (files mb/...) also need the mbrola program and its data, so they are left out.
        Set<String> available = new HashSet<>();
        for (String line : ChildProcess.run(List.of(executable(), "--voices=en"), PROBE_TIMEOUT).split("\n")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 5 && !columns[4].startsWith("mb/")) {
                available.add(columns[1]);
            }
        }
        for (String line : ChildProcess.run(List.of(executable(), "--voices=variant"), PROBE_TIMEOUT).split("\n")) {
            Arrays.stream(line.strip().split("\\s+")).filter(column -> column.startsWith("!v/"))
                    .forEach(file -> available.add("+" + file.substring(3)));
        }
        return CATALOGUE.stream().filter(v -> isAvailable(v.name(), available)).toList();
    }

    @Override
    String speakable(String text) {
        return text;
    }

    @Override
    List<String> speakCommand(KnownVoice voice, Path textFile, Path wavFile) {
        List<String> command = new ArrayList<>(List.of(executable(), "-v", voice.name()));
        command.addAll(voice.options());
        command.addAll(List.of("-b", "1", "-f", textFile.toString(), "-w", wavFile.toString()));
        return command;
    }

    private static boolean isAvailable(String name, Set<String> available) {
        int plus = name.indexOf('+');
        return plus < 0 ? available.contains(name)
                : available.contains(name.substring(0, plus)) && available.contains(name.substring(plus));
    }

    private static KnownVoice voice(String name, String description) {
        return new KnownVoice(new Voice(name, "espeak-ng", description), List.of("-s", WORDS_PER_MINUTE));
    }
}
