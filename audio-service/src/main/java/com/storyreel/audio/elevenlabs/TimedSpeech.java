package com.storyreel.audio.elevenlabs;

import java.nio.file.Path;

/**
 * What ElevenLabs answered: the audio file, and when each character was spoken.
 *
 * @param alignment the alignment to the text as sent, else to the normalised text (numbers spelled out); null when
 *        the answer held neither in a usable form
 * @param billedCharacters the {@code x-character-count} header, null when absent
 */
public record TimedSpeech(Path audio, CharacterAlignment alignment, Long billedCharacters) {
}
