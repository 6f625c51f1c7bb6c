package com.storyreel.audio.speech;

/** A speech engine is missing or failed; the message says why in the engine's words, or what to install. */
public class SpeechException extends RuntimeException {

    public SpeechException(String message) {
        super(message);
    }

    public SpeechException(String message, Throwable cause) {
        super(message, cause);
    }
}
