package com.storyreel.audio.speech;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PcmAudioTests {

    private static final short[] SAMPLES = {0, 1000, -1000, 32767, -32768};

    @TempDir
    Path dir;

    @Test
    void readsWhatItWrites() {
        Path wav = dir.resolve("a.wav");
        new PcmAudio(16000, SAMPLES).write(wav);

        PcmAudio read = PcmAudio.read(wav);

        assertThat(read.sampleRate()).isEqualTo(16000);
        assertThat(read.samples()).containsExactly(SAMPLES);
    }

    @Test
    void skipsExtraChunksBeforeAndAfterTheSamples() throws Exception {
        byte[] wav = riff(chunk("LIST", "INFOISFTx".getBytes(StandardCharsets.US_ASCII)), fmt(1, 1, 22050, 16),
                chunk("fact", new byte[4]), chunk("data", pcm(SAMPLES)), chunk("id3 ", new byte[10]));

        PcmAudio read = read(wav);

        assertThat(read.sampleRate()).isEqualTo(22050);
        assertThat(read.samples()).containsExactly(SAMPLES);
    }

    @Test
    void readsToTheEndWhenTheDataSizeIsAPlaceholder() throws Exception {
        for (int placeholder : new int[] {0, -1, 0x7FFFFFFF}) {
            byte[] wav = riff(fmt(1, 1, 8000, 16), header("data", placeholder), pcm(SAMPLES));

            assertThat(read(wav).samples()).containsExactly(SAMPLES);
        }
    }

    @Test
    void readsTheExtensibleFormat() throws Exception {
        ByteBuffer extensible = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        extensible.putShort((short) 0xFFFE).putShort((short) 1).putInt(16000).putInt(32000).putShort((short) 2)
                .putShort((short) 16).putShort((short) 22).putShort((short) 16).putInt(4).putShort((short) 1);
        byte[] wav = riff(chunk("fmt ", extensible.array()), chunk("data", pcm(SAMPLES)));

        assertThat(read(wav).samples()).containsExactly(SAMPLES);
    }

    @Test
    void rejectsStereoAndFilesThatAreNotWav() throws Exception {
        byte[] stereo = riff(fmt(1, 2, 16000, 16), chunk("data", pcm(SAMPLES)));

        assertThatExceptionOfType(SpeechException.class).isThrownBy(() -> read(stereo))
                .withMessageContaining("2 channels");
        assertThatExceptionOfType(SpeechException.class)
                .isThrownBy(() -> read("not a wav file".getBytes(StandardCharsets.US_ASCII)))
                .withMessageContaining("not a WAV file");
    }

    @Test
    void trimsTheSilenceAroundTheSoundKeepingShortMargins() {
        short[] samples = new short[1000 + 100 + 2000];
        samples[1000] = 5000;
        samples[1099] = -5000;
        samples[500] = 200; // faint noise stays below the threshold

        PcmAudio trimmed = new PcmAudio(16000, samples).trimSilence();

        // 20 ms before the first loud sample, 40 ms after the last one.
        assertThat(trimmed.length()).isEqualTo(320 + 100 + 640);
        assertThat(trimmed.samples()[320]).isEqualTo((short) 5000);
    }

    @Test
    void keepsSilentAudioWhole() {
        assertThat(new PcmAudio(16000, new short[800]).trimSilence().length()).isEqualTo(800);
    }

    private PcmAudio read(byte[] wav) throws Exception {
        Path file = Files.write(dir.resolve("in.wav"), wav);
        return PcmAudio.read(file);
    }

    private static byte[] riff(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WAVE".getBytes(StandardCharsets.US_ASCII));
        for (byte[] chunk : chunks) {
            body.writeBytes(chunk);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(header("RIFF", body.size()));
        file.writeBytes(body.toByteArray());
        return file.toByteArray();
    }

    private static byte[] fmt(int format, int channels, int rate, int bits) {
        ByteBuffer fmt = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        fmt.putShort((short) format).putShort((short) channels).putInt(rate).putInt(rate * channels * bits / 8)
                .putShort((short) (channels * bits / 8)).putShort((short) bits);
        return chunk("fmt ", fmt.array());
    }

    private static byte[] chunk(String id, byte[] body) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes(header(id, body.length));
        chunk.writeBytes(body);
        if (body.length % 2 == 1) {
            chunk.write(0);
        }
        return chunk.toByteArray();
    }

    private static byte[] header(String id, int size) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).put(id.getBytes(StandardCharsets.US_ASCII))
                .putInt(size).array();
    }

    private static byte[] pcm(short[] samples) {
        ByteBuffer pcm = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        pcm.asShortBuffer().put(samples);
        return pcm.array();
    }
}
