package com.storyreel.audio.speech;

/**
 * A narration voice: {@code name} is what {@link LocalSpeechEngine#narrate} takes (also accepted as
 * {@code engine:name}), {@code engine} the program that speaks it (flite or espeak-ng).
 */
public record Voice(String name, String engine, String description) {
}
