package com.storyreel.audio.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Mono 16-bit PCM audio, read from and written to WAV files. Reading copes with what speech engines write: extra
 * chunks before or after the samples, the extensible format header, and a placeholder data size left by streaming
 * writers.
 */
final class PcmAudio {

    private static final int PCM = 1;
    private static final int EXTENSIBLE = 0xFFFE;
    private static final int HEADER_BYTES = 44;

    // Speech engines pad with silence and some add faint noise: anything below 1% of full scale is silence.
    private static final int SILENCE_THRESHOLD = Short.MAX_VALUE / 100;
    // Kept around the loud part so soft onsets (h, f, s) and fading endings are not clipped.
    private static final double LEAD_MARGIN_SECONDS = 0.02;
    private static final double TAIL_MARGIN_SECONDS = 0.04;

    private final int sampleRate;
    private final short[] samples;

    PcmAudio(int sampleRate, short[] samples) {
        this.sampleRate = sampleRate;
        this.samples = samples;
    }

    int sampleRate() {
        return sampleRate;
    }

    int length() {
        return samples.length;
    }

    short[] samples() {
        return samples.clone();
    }

    double seconds() {
        return (double) samples.length / sampleRate;
    }

    /** This audio without the silence before and after the sound, keeping short margins; silent audio is kept whole. */
    PcmAudio trimSilence() {
        int first = 0;
        while (first < samples.length && Math.abs(samples[first]) <= SILENCE_THRESHOLD) {
            first++;
        }
        if (first == samples.length) {
            return this;
        }
        int last = samples.length - 1;
        while (Math.abs(samples[last]) <= SILENCE_THRESHOLD) {
            last--;
        }
        int from = Math.max(0, first - (int) Math.round(LEAD_MARGIN_SECONDS * sampleRate));
        int to = Math.min(samples.length, last + 1 + (int) Math.round(TAIL_MARGIN_SECONDS * sampleRate));
        return new PcmAudio(sampleRate, Arrays.copyOfRange(samples, from, to));
    }

    static PcmAudio read(Path wav) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(wav);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read " + wav, ex);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !fourCc(bytes, 0).equals("RIFF") || !fourCc(bytes, 8).equals("WAVE")) {
            throw new SpeechException(wav + " is not a WAV file");
        }
        int channels = 0;
        int sampleRate = 0;
        int bitsPerSample = 0;
        int format = 0;
        int position = 12;
        while (position + 8 <= bytes.length) {
            String id = fourCc(bytes, position);
            long size = Integer.toUnsignedLong(buffer.getInt(position + 4));
            int body = position + 8;
            int remaining = bytes.length - body;
            if (id.equals("fmt ") && size >= 16 && remaining >= 16) {
                format = Short.toUnsignedInt(buffer.getShort(body));
                channels = Short.toUnsignedInt(buffer.getShort(body + 2));
                sampleRate = buffer.getInt(body + 4);
                bitsPerSample = Short.toUnsignedInt(buffer.getShort(body + 14));
                if (format == EXTENSIBLE && size >= 26 && remaining >= 26) {
                    format = Short.toUnsignedInt(buffer.getShort(body + 24)); // the sub-format GUID starts with the tag
                }
            }
            else if (id.equals("data")) {
                if (format != PCM || channels != 1 || bitsPerSample != 16 || sampleRate <= 0) {
                    throw new SpeechException(wav + " is not mono 16-bit PCM (format " + format + ", " + channels
                            + " channels, " + bitsPerSample + " bits, " + sampleRate + " Hz)");
                }
                // A writer streaming to a pipe cannot know the size and leaves 0 or a huge placeholder.
                int dataBytes = size == 0 || size > remaining ? remaining : (int) size;
                short[] samples = new short[dataBytes / 2];
                buffer.position(body).slice().order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
                return new PcmAudio(sampleRate, samples);
            }
            position = (int) Math.min(bytes.length, body + size + (size & 1)); // chunks are padded to even sizes
        }
        throw new SpeechException(wav + " has no audio data");
    }

    void write(Path wav) {
        int dataBytes = samples.length * 2;
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(HEADER_BYTES - 8 + dataBytes)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) PCM).putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        buffer.asShortBuffer().put(samples);
        try {
            Files.write(wav, buffer.array());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write " + wav, ex);
        }
    }

    private static String fourCc(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
