package com.storyreel.audio.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A text-to-speech program run as a child process: the voices it offers and how to make it speak a text file. */
sealed interface SpeechProgram permits Flite, EspeakNg {

    /** The engine name, as in voice names like {@code flite:slt}. */
    String engine();

    /** The Debian package that installs the program. */
    String debianPackage();

    /** The program as configured: a path, or a name looked up on the PATH. */
    String executable();

    /** The voices offered when installed, the preferred one first. */
    List<KnownVoice> catalogue();

    /**
     * Asks the program which of the catalogue's voices it has.
     *
     * @throws IOException if the program cannot be started
     */
    List<KnownVoice> installedVoices() throws IOException;

    /** The text as this program reads it best. */
    String speakable(String text);

    /** The command that speaks the UTF-8 text file into a WAV file with the voice. */
    List<String> speakCommand(KnownVoice voice, Path textFile, Path wavFile);
}
