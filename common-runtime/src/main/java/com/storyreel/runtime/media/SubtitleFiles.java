package com.storyreel.runtime.media;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.storyreel.events.SceneCaptions.Cue;

/**
 * Writes cues in story time as SRT, WebVTT and ASS text. SRT and WebVTT get the same cues with the same
 * millisecond timings; the ASS script drives the burnt-in captions and keeps the cues' own line breaks.
 */
public final class SubtitleFiles {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    private SubtitleFiles() {
    }

    /** SubRip: 1-based numbers, {@code HH:MM:SS,mmm} times, cues separated by a blank line. */
    public static String srt(List<Cue> cues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            out.append(i + 1).append('\n')
                    .append(srtTime(cue.start())).append(" --> ").append(srtTime(cue.end())).append('\n')
                    // "-->" inside the text would read as a timing line to lenient parsers.
                    .append(String.join("\n", lines(cue.text())).replace("-->", "->")).append("\n\n");
        }
        return out.toString();
    }

    /** WebVTT: a {@code WEBVTT} header, {@code HH:MM:SS.mmm} times, cue text with &amp;, &lt; and &gt; escaped. */
    public static String webVtt(List<Cue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        for (Cue cue : cues) {
            String text = String.join("\n", lines(cue.text()))
                    .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            out.append(vttTime(cue.start())).append(" --> ").append(vttTime(cue.end())).append('\n')
                    .append(text).append("\n\n");
        }
        return out.toString();
    }

    /**
     * An ASS script for libass at the frame's own resolution. WrapStyle 2 turns automatic wrapping off, so the
     * lines break exactly where the cue text does ({@code \N}).
     */
    public static String ass(List<Cue> cues, CaptionStyle style) {
        StringBuilder out = new StringBuilder();
        out.append("[Script Info]\n")
                .append("ScriptType: v4.00+\n")
                .append("PlayResX: ").append(style.frameWidth()).append('\n')
                .append("PlayResY: ").append(style.frameHeight()).append('\n')
                .append("WrapStyle: 2\n")
                .append("ScaledBorderAndShadow: yes\n")
                .append('\n')
                .append("[V4+ Styles]\n")
                .append("Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, "
                        + "Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, "
                        + "Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\n")
                // White text, black outline, half-transparent black shadow; alignment 2 is bottom centre.
                .append(String.format(Locale.ROOT,
                        "Style: Caption,%s,%d,&H00FFFFFF,&H00FFFFFF,&H00000000,&H80000000,-1,0,0,0,100,100,0,0,1,%d,%d,"
                                + "2,%d,%d,%d,1\n",
                        style.fontName(), style.fontSize(), style.outline(), style.shadow(), style.marginHorizontal(),
                        style.marginHorizontal(), style.marginBottom()))
                .append('\n')
                .append("[Events]\n")
                .append("Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n");
        for (Cue cue : cues) {
            String text = lines(cue.text()).stream().map(SubtitleFiles::assLine).collect(Collectors.joining("\\N"));
            out.append("Dialogue: 0,").append(assTime(cue.start())).append(',').append(assTime(cue.end()))
                    .append(",Caption,,0,0,0,,").append(text).append('\n');
        }
        return out.toString();
    }

    /** {@code HH:MM:SS,mmm}, rounded to the nearest millisecond. */
    static String srtTime(double seconds) {
        return clock(seconds, ',');
    }

    /** {@code HH:MM:SS.mmm}, rounded to the nearest millisecond. */
    static String vttTime(double seconds) {
        return clock(seconds, '.');
    }

    /** {@code H:MM:SS.cc}, rounded to the nearest centisecond. */
    static String assTime(double seconds) {
        long centis = Math.round(Math.max(0, seconds) * 100);
        return String.format(Locale.ROOT, "%d:%02d:%02d.%02d", centis / 360_000, centis / 6000 % 60, centis / 100 % 60,
                centis % 100);
    }

    private static String clock(double seconds, char separator) {
        long millis = Math.round(Math.max(0, seconds) * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, separator, millis % 1000);
    }

    /** The text's non-blank lines, trimmed: a blank line would end an SRT or WebVTT cue early. */
    private static List<String> lines(String text) {
        return LINE_BREAK.splitAsStream(text).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * Makes one line literal for libass: braces would open override blocks, and a backslash could form an escape
     * such as {@code \N}, so it is followed by an invisible zero-width space.
     */
    private static String assLine(String line) {
        return line.replace("\\", "\\\u200B").replace("{", "\\{").replace("}", "\\}");
    }
}
