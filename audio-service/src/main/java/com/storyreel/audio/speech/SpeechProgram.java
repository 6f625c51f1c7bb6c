package com.storyreel.audio.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A text-to-speech program run as a child process: the voices it offers and how to make it speak a text file. */
abstract sealed class SpeechProgram permits Flite, EspeakNg {

    private final String engine;
    private final String executable;
    private final List<KnownVoice> catalogue;

    SpeechProgram(String engine, String executable, List<KnownVoice> catalogue) {
        this.engine = engine;
        this.executable = executable;
        this.catalogue = catalogue;
    }

    /** The engine name, as in voice names like {@code flite:slt}; also the Debian package that installs it. */
    final String engine() {
        return engine;
    }

    final String debianPackage() {
        return engine;
    }

    /** The program as configured: a path, or a name looked up on the PATH. */
    final String executable() {
        return executable;
    }

    /** The voices offered when installed, the preferred one first. */
    final List<KnownVoice> catalogue() {
        return catalogue;
    }

    /**
     * Asks the program which of the catalogue's voices it has.
     *
     * @throws IOException if the program cannot be started
     */
    abstract List<KnownVoice> installedVoices() throws IOException;

    /** The text as this program reads it best. */
    abstract String speakable(String text);

    /** The command that speaks the UTF-8 text file into a WAV file with the voice. */
    abstract List<String> speakCommand(KnownVoice voice, Path textFile, Path wavFile);
}
