package com.storyreel.runtime.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs ffmpeg and ffprobe as child processes. A failure carries the last lines ffmpeg wrote, which
 * name the real cause far better than the exit code.
 */
public final class Ffmpeg {

    private static final Logger log = LoggerFactory.getLogger(Ffmpeg.class);

    private static final int STDERR_LINES_KEPT = 40;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String ffmpeg;
    private final String ffprobe;

    public Ffmpeg(String ffmpeg, String ffprobe) {
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
    }

    /** Uses the ffmpeg and ffprobe found on the PATH. */
    public static Ffmpeg onPath() {
        return new Ffmpeg("ffmpeg", "ffprobe");
    }

    /**
     * Runs ffmpeg with the given arguments (after {@code -hide_banner -nostdin -y}) and returns what it
     * wrote to stderr, for filters such as loudnorm that report there.
     */
    public String run(List<String> args, Duration timeout) {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-nostdin", "-y", "-loglevel", "info"));
        command.addAll(args);
        return execute(command, timeout).stderr();
    }

    /** Reads a media file's container and stream facts. */
    public MediaInfo probe(Path file) {
        List<String> command = List.of(ffprobe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                file.toString());
        Result result = execute(command, Duration.ofSeconds(60));
        JsonNode root = JSON.readTree(result.stdout());
        List<MediaInfo.Stream> streams = new ArrayList<>();
        for (JsonNode stream : root.path("streams")) {
            streams.add(new MediaInfo.Stream(stream.path("codec_type").asString(""), stream.path("codec_name").asString(""),
                    stream.path("width").asInt(0), stream.path("height").asInt(0), stream.path("pix_fmt").asString(""),
                    stream.path("sample_rate").asInt(0), stream.path("channels").asInt(0),
                    parseDouble(stream.path("duration").asString("0")), stream.path("avg_frame_rate").asString(""),
                    Integer.decode(stream.path("id").asString("0"))));
        }
        JsonNode format = root.path("format");
        return new MediaInfo(format.path("format_name").asString(""), parseDouble(format.path("duration").asString("0")),
                streams);
    }

    private static double parseDouble(String value) {
        try {
            return Double.parseDouble(value);
        }
        catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static Result execute(List<String> command, Duration timeout) {
        log.debug("Running {}", command);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        }
        catch (IOException ex) {
            throw new MediaException("Could not start " + command.getFirst() + ": " + ex.getMessage()
                    + " (is ffmpeg installed?)", ex);
        }
        StreamTail stderr = new StreamTail(process.getErrorStream());
        StreamCollector stdout = new StreamCollector(process.getInputStream());
        Thread.ofVirtual().start(stderr);
        Thread.ofVirtual().start(stdout);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new MediaException(command.getFirst() + " did not finish within " + timeout);
            }
            stderr.await();
            stdout.await();
        }
        catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MediaException(command.getFirst() + " was interrupted", ex);
        }
        if (process.exitValue() != 0) {
            throw new MediaException(command.getFirst() + " failed with exit code " + process.exitValue() + ": "
                    + stderr.lastLines(6));
        }
        return new Result(stdout.text(), stderr.text());
    }

    private record Result(String stdout, String stderr) {
    }

    /** Keeps the last lines of a stream (ffmpeg's progress output can be long). */
    private static final class StreamTail implements Runnable {

        private final InputStream in;
        private final Deque<String> lines = new ArrayDeque<>();
        private final StringBuilder all = new StringBuilder();
        private volatile boolean done;

        StreamTail(InputStream in) {
            this.in = in;
        }

        @Override
        public void run() {
            try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (this) {
                        lines.addLast(line);
                        if (lines.size() > STDERR_LINES_KEPT) {
                            lines.removeFirst();
                        }
                        // Loudnorm and friends print their JSON at the end; keep a bounded full copy too.
                        if (all.length() < 1_000_000) {
                            all.append(line).append('\n');
                        }
                    }
                }
            }
            catch (IOException ignored) {
                // The process ended; what was read is what there is.
            }
            finally {
                synchronized (this) {
                    done = true;
                    notifyAll();
                }
            }
        }

        synchronized void await() throws InterruptedException {
            while (!done) {
                wait();
            }
        }

        synchronized String lastLines(int count) {
            return String.join(" | ", lines.stream().skip(Math.max(0, lines.size() - count)).toList());
        }

        synchronized String text() {
            return all.toString();
        }
    }

    private static final class StreamCollector implements Runnable {

        private final InputStream in;
        private byte[] bytes = new byte[0];
        private boolean done;

        StreamCollector(InputStream in) {
            this.in = in;
        }

        @Override
        public void run() {
            byte[] read;
            try {
                read = in.readAllBytes();
            }
            catch (IOException ex) {
                read = new byte[0];
            }
            synchronized (this) {
                bytes = read;
                done = true;
                notifyAll();
            }
        }

        synchronized void await() throws InterruptedException {
            while (!done) {
                wait();
            }
        }

        synchronized String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
