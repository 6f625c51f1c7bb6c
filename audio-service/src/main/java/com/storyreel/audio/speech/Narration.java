package com.storyreel.audio.speech;

import java.nio.file.Path;

import com.storyreel.events.SceneCaptions;

/**
 * A spoken scene: a mono 16-bit PCM WAV file, its exact length (samples divided by sample rate), caption cues
 * timed from the same samples, and the name of the voice that spoke it.
 */
public record Narration(Path wav, double durationSeconds, SceneCaptions captions, String voice) {
}
