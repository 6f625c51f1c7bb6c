package com.storyreel.local;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.storyreel.localstack.TopicProbe;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.MediaInfo;
import com.storyreel.video.SceneVideoServiceApplication;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** The whole product in this JVM, driven as a user drives it: through the gateway and the topics. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryReelIntegrationTests {

    private static final double LEAD_IN = 0.5;
    private static final double TAIL = 0.75;

    private static final List<String[]> CONSUMED = List.of(
            new String[] {"story.requested", "story-service"},
            new String[] {"story.written", "story-service"},
            new String[] {"scene.written", "scene-image-service"},
            new String[] {"scene.written", "audio-service"},
            new String[] {"scene.image.generated", "story-service"},
            new String[] {"scene.narrated", "story-service"},
            new String[] {"scene.inputs.ready", "scene-video-service"},
            new String[] {"scene.clip.rendered", "story-service"},
            new String[] {"scene.clip.rendered", "merge-service"},
            new String[] {"scene.merged", "story-service"},
            new String[] {"story.scenes.merged", "render-service"},
            new String[] {"story.rendered", "story-service"},
            new String[] {"stage.failed", "story-service"});

    /** Every topic a completed story's records pass through. */
    private static final List<String> STORY_TOPICS = List.of("story.requested", "story.written", "scene.written", "scene.image.generated",
            "scene.narrated", "scene.inputs.ready", "scene.clip.rendered", "scene.merged", "story.scenes.merged", "story.rendered");

    @TempDir
    static Path data;

    private static LocalServices services;
    private static GatewayClient gateway;
    private static TopicProbe probe;
    private static String completedStoryId;

    private final Ffmpeg ffmpeg = Ffmpeg.onPath();

    @BeforeAll
    static void startStoryReel() {
        // The launcher's own logging, to data/storyreel.log as ./storyreel writes it.
        System.setProperty("STORYREEL_LOG", data.resolve("storyreel.log").toString());
        services = LocalServices.start(data, LocalServices.Addresses.loopback(), Map.of("logging.config", "classpath:logback.xml"));
        gateway = new GatewayClient(services.gatewayUrl(), Optional.empty());
        probe = new TopicProbe(services.kafkaBootstrapServers());
    }

    @AfterAll
    static void stopStoryReel() {
        System.clearProperty("STORYREEL_LOG");
        probe.close();
        services.close();
    }

    @Test
    @Order(1)
    void garbageOnEveryConsumedTopicGoesToItsDeadLetterTopicWithTheReason() throws Exception {
        List<TopicProbe.Reader> readers = new ArrayList<>();
        try {
            for (String[] consumed : CONSUMED) {
                readers.add(probe.read(consumed[0] + "." + consumed[1] + ".dlt"));
            }
            for (String topic : CONSUMED.stream().map(c -> c[0]).distinct().toList()) {
                probe.send(topic, "garbage", "{this is not an event");
            }

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                for (int i = 0; i < CONSUMED.size(); i++) {
                    String topic = CONSUMED.get(i)[0];
                    assertThat(readers.get(i).records()).as(String.join(" for ", CONSUMED.get(i))).anySatisfy(r -> {
                        assertThat(r.value()).isEqualTo("{this is not an event");
                        assertThat(r.header("x-exception-message")).isNotBlank();
                        assertThat(r.header("x-original-topic")).isEqualTo(topic);
                    });
                }
            });
        }
        finally {
            for (TopicProbe.Reader reader : readers) {
                reader.close();
            }
        }
    }

    @Test
    @Order(2)
    void turnsAThreeSceneScriptIntoAFinishedVideo(@TempDir Path out) throws Exception {
        String storyId = gateway.create(Map.of("script", """
                The Lighthouse Keeper

                Mara kept the lighthouse on the cliff above the sea. Every night she climbed the stairs to light the lamp.
                One stormy evening the lamp went dark, and a small boat was lost in the waves.
                Mara lit a lantern and held it high until the boat found the harbor at dawn.""", "sceneCount", 3));
        List<String> statuses = new ArrayList<>();
        gateway.follow(storyId, story -> statuses.add(story.path("status").asString()));
        JsonNode story = gateway.story(storyId);
        assertThat(story.path("status").asString()).as(story.toString()).isEqualTo("COMPLETED");
        assertThat(statuses).contains("GENERATING").last().isEqualTo("COMPLETED");
        completedStoryId = storyId;

        Path video = out.resolve("final.mp4");
        Path srt = out.resolve("final.srt");
        Path vtt = out.resolve("final.vtt");
        gateway.download(story.path("output").path("video").asString(), video);
        gateway.download(story.path("output").path("srt").asString(), srt);
        gateway.download(story.path("output").path("vtt").asString(), vtt);

        MediaInfo info = ffmpeg.probe(video);
        assertThat(info.streams()).hasSize(2);
        assertThat(info.video()).hasValueSatisfying(v -> {
            assertThat(v.codec()).isEqualTo("h264");
            assertThat(v.pixelFormat()).isEqualTo("yuv420p");
            assertThat(v.width()).isEqualTo(1920);
            assertThat(v.height()).isEqualTo(1080);
        });
        assertThat(info.audio()).hasValueSatisfying(a -> {
            assertThat(a.codec()).isEqualTo("aac");
            assertThat(a.sampleRate()).isEqualTo(48_000);
        });
        double narration = 0;
        for (JsonNode scene : story.path("scenes")) {
            narration += scene.path("stages").path("narration").path("durationSeconds").asDouble();
        }
        assertThat(narration).isGreaterThan(3);
        // Scenes are cut one after the other: each lasts its narration plus the padding.
        double expected = narration + 3 * (LEAD_IN + TAIL);
        assertThat(info.durationSeconds()).isCloseTo(expected, within(0.1 * 3));

        List<double[]> srtCues = cues(Files.readString(srt), ',');
        List<double[]> vttCues = cues(Files.readString(vtt), '.');
        assertThat(Files.readString(vtt)).startsWith("WEBVTT");
        assertThat(srtCues).hasSizeGreaterThanOrEqualTo(3).hasSameSizeAs(vttCues);
        for (int i = 0; i < srtCues.size(); i++) {
            assertThat(srtCues.get(i)[0]).isLessThan(srtCues.get(i)[1]);
            assertThat(vttCues.get(i)[0]).isCloseTo(srtCues.get(i)[0], within(0.002));
            if (i > 0) {
                assertThat(srtCues.get(i)[0]).isGreaterThanOrEqualTo(srtCues.get(i - 1)[1] - 0.001);
            }
        }
        assertThat(srtCues.getLast()[1]).isLessThanOrEqualTo(info.durationSeconds());

        BufferedImage first = frame(video, 1.0, out.resolve("first.png"));
        BufferedImage last = frame(video, info.durationSeconds() - 1.0, out.resolve("last.png"));
        assertThat(meanDifference(first, last)).isGreaterThan(10);
        assertThat(movieBoxBeforeMediaData(video)).isTrue();

        assertIsOneTrace(storyId, story.path("traceId").asString());
    }

    /** The story's trace is the one its records carry and its log lines name, in every service. */
    private static void assertIsOneTrace(String storyId, String traceId) throws IOException {
        assertThat(traceId).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        List<TopicContents.Record> records = TopicContents.read(services.kafkaBootstrapServers(), STORY_TOPICS).stream()
                .filter(r -> r.ofStory(storyId)).toList();
        for (String topic : STORY_TOPICS) {
            assertThat(records).as("records of %s on %s", storyId, topic).filteredOn(r -> r.topic().equals(topic))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.headers().get("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01"));
        }
        List<String> lines = Files.readAllLines(data.resolve("storyreel.log")).stream()
                .filter(line -> line.contains("[" + storyId + "]")).toList();
        assertThat(lines).allSatisfy(line -> assertThat(line).contains("[" + traceId + "]"));
        assertThat(lines.stream().map(line -> line.split("\\s+")[2]).distinct()).containsExactlyInAnyOrder("story-service",
                "scene-image-service", "audio-service", "scene-video-service", "merge-service", "render-service");
    }

    @Test
    @Order(4)
    void aStoryRequestedOnTheTopicWithATraceparentIsThatTrace() {
        String storyId = "st-traced-" + java.util.UUID.randomUUID();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        probe.send("story.requested", storyId, """
                {"storyId":"%s","script":"A kite rose over the dunes.","sceneCount":1}""".formatted(storyId),
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode story = gateway.story(storyId);
            assertThat(story.path("status").asString()).isIn("GENERATING", "RENDERING", "COMPLETED");
            assertThat(story.path("traceId").asString()).isEqualTo(traceId);
        });
    }

    @Test
    @Order(3)
    void redeliveredClipRequestRepublishesWithoutCuttingTheClipAgain() throws Exception {
        assertThat(completedStoryId).as("needs the completed story").isNotNull();
        MeterRegistry meters = services.service(SceneVideoServiceApplication.class).getBean(MeterRegistry.class);
        long cut = meters.get("storyreel.stage.work").tag("stage", "clip").tag("outcome", "done").timer().count();
        try (var requests = probe.read("scene.inputs.ready"); var clips = probe.read("scene.clip.rendered")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> requests.matching(r -> r.ofStory(completedStoryId)).size() == 3
                    && clips.matching(r -> r.ofStory(completedStoryId)).size() == 3);
            String request = requests.matching(r -> r.ofStory(completedStoryId)).getFirst().value();

            probe.send("scene.inputs.ready", completedStoryId, request);

            await().atMost(Duration.ofSeconds(30)).until(() -> clips.matching(r -> r.ofStory(completedStoryId)).size() == 4);
        }
        assertThat(meters.get("storyreel.stage.work").tag("stage", "clip").tag("outcome", "done").timer().count()).isEqualTo(cut);
        assertThat(meters.get("storyreel.stage.reused").tag("stage", "clip").tag("outcome", "reused").counter().count()).isEqualTo(1);
    }

    private static final Pattern TIMING = Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d)[,.](\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)[,.](\\d{3})");

    private static List<double[]> cues(String text, char separator) {
        List<double[]> cues = new ArrayList<>();
        Matcher matcher = TIMING.matcher(text);
        while (matcher.find()) {
            assertThat(matcher.group()).contains(String.valueOf(separator));
            cues.add(new double[] {seconds(matcher, 1), seconds(matcher, 5)});
        }
        return cues;
    }

    private static double seconds(Matcher m, int group) {
        return Integer.parseInt(m.group(group)) * 3600 + Integer.parseInt(m.group(group + 1)) * 60
                + Integer.parseInt(m.group(group + 2)) + Integer.parseInt(m.group(group + 3)) / 1000.0;
    }

    private BufferedImage frame(Path video, double at, Path png) throws IOException {
        ffmpeg.run(List.of("-ss", String.valueOf(at), "-i", video.toString(), "-frames:v", "1", png.toString()), Duration.ofSeconds(60));
        return ImageIO.read(png.toFile());
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long total = 0;
        int samples = 0;
        for (int y = 0; y < a.getHeight(); y += 8) {
            for (int x = 0; x < a.getWidth(); x += 8) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                total += Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((q >> 8) & 255))
                        + Math.abs((p & 255) - (q & 255));
                samples++;
            }
        }
        return total / (3.0 * samples);
    }

    /** True when the 'moov' box comes before 'mdat' at the top level: the file plays while it downloads. */
    private static boolean movieBoxBeforeMediaData(Path video) throws IOException {
        try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(video)))) {
            long offset = 0;
            long length = Files.size(video);
            while (offset < length) {
                long size = in.readInt() & 0xFFFFFFFFL;
                String type = new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII);
                long header = 8;
                if (size == 1) {
                    size = in.readLong();
                    header = 16;
                }
                if (type.equals("moov")) {
                    return true;
                }
                if (type.equals("mdat")) {
                    return false;
                }
                in.skipNBytes(size - header);
                offset += size;
            }
            return false;
        }
    }
}
