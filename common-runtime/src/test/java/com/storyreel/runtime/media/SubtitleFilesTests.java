package com.storyreel.runtime.media;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.storyreel.events.SceneCaptions.Cue;

import static org.assertj.core.api.Assertions.assertThat;

class SubtitleFilesTests {

    private final CaptionStyle style = CaptionStyle.forFrame(1920, 1080, "DejaVu Sans");

    @Test
    void formatsTimestampsWithHoursAndMilliseconds() {
        assertThat(SubtitleFiles.srtTime(0)).isEqualTo("00:00:00,000");
        assertThat(SubtitleFiles.srtTime(3723.456)).isEqualTo("01:02:03,456");
        assertThat(SubtitleFiles.vttTime(3723.456)).isEqualTo("01:02:03.456");
        assertThat(SubtitleFiles.srtTime(36_000)).isEqualTo("10:00:00,000");
    }

    @Test
    void roundsTimestampsToTheNearestMillisecondCarryingIntoMinutes() {
        assertThat(SubtitleFiles.srtTime(1.0004)).isEqualTo("00:00:01,000");
        assertThat(SubtitleFiles.srtTime(1.0005)).isEqualTo("00:00:01,001");
        assertThat(SubtitleFiles.vttTime(59.9996)).isEqualTo("00:01:00.000");
        assertThat(SubtitleFiles.srtTime(-0.2)).isEqualTo("00:00:00,000");
    }

    @Test
    void formatsAssTimestampsInCentiseconds() {
        assertThat(SubtitleFiles.assTime(3723.456)).isEqualTo("1:02:03.46");
        assertThat(SubtitleFiles.assTime(59.996)).isEqualTo("0:01:00.00");
    }

    @Test
    void writesNumberedSrtBlocks() {
        String srt = SubtitleFiles.srt(List.of(new Cue(0.5, 1.25, "Once upon\na time"), new Cue(1.25, 2, "there")));

        assertThat(srt).isEqualTo("""
                1
                00:00:00,500 --> 00:00:01,250
                Once upon
                a time

                2
                00:00:01,250 --> 00:00:02,000
                there

                """);
    }

    @Test
    void writesAWebVttHeaderAndEscapesMarkup() {
        String vtt = SubtitleFiles.webVtt(List.of(new Cue(0.5, 1.25, "Fish & <chips> --> later")));

        assertThat(vtt).isEqualTo("""
                WEBVTT

                00:00:00.500 --> 00:00:01.250
                Fish &amp; &lt;chips&gt; --&gt; later

                """);
    }

    @Test
    void dropsBlankLinesThatWouldEndACueEarly() {
        List<Cue> cues = List.of(new Cue(0, 1, "first\r\n\n  second  "));

        assertThat(SubtitleFiles.srt(cues)).contains("first\nsecond\n\n").doesNotContain("\n\n\n");
        assertThat(SubtitleFiles.webVtt(cues)).contains("first\nsecond\n\n");
    }

    @Test
    void keepsArrowsOutOfSrtText() {
        assertThat(SubtitleFiles.srt(List.of(new Cue(0, 1, "a --> b")))).contains("\na -> b\n");
    }

    @Test
    void breaksAssLinesWithBackslashN() {
        String ass = SubtitleFiles.ass(List.of(new Cue(1.5, 3.25, "Once upon\na time")), style);

        assertThat(ass).contains("Dialogue: 0,0:00:01.50,0:00:03.25,Caption,,0,0,0,,Once upon\\Na time\n");
    }

    @Test
    void escapesAssOverrideBracesAndBackslashes() {
        String ass = SubtitleFiles.ass(List.of(new Cue(0, 1, "{\\b1}C:\\new")), style);

        assertThat(ass).contains(",,\\{\\\u200Bb1\\}C:\\\u200Bnew\n");
    }

    @Test
    void describesTheFrameAndTheCaptionStyle() {
        String ass = SubtitleFiles.ass(List.of(), style);

        assertThat(ass).contains("PlayResX: 1920\n", "PlayResY: 1080\n", "WrapStyle: 2\n",
                "ScaledBorderAndShadow: yes\n",
                "Style: Caption,DejaVu Sans,54,&H00FFFFFF,&H00FFFFFF,&H00000000,&H80000000,-1,0,0,0,100,100,0,0,1,4,2,"
                        + "2,77,77,86,1\n");
        assertThat(ass).endsWith("Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n");
    }
}
