package com.storyreel.local;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.storyreel.runtime.media.Ffmpeg;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The four paid vendors as one WireMock server that answers as their contracts say and finishes every
 * job at once. Each written story gets narration and picture prompts of its own, so every paid request
 * names its unit of work, and the journal tells how many times each unit was paid for. A share of all
 * requests can be answered with a {@link VendorFault}, chosen at random from a seed; a vendor can be
 * made to fail every request (an outage).
 */
final class VendorFakes implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SCENE_ASSET = Pattern.compile("/stories/([^/]+)/scenes/(\\d+)/");
    private static final Pattern STORY_ASSET = Pattern.compile("/stories/([^/]+)/");

    /** The paid units of the vendors that cannot find a call whose answer was lost (vendor-contracts.md documents no lookup). */
    static final List<String> NO_LOOKUP = List.of("openai ", "leonardo ", "elevenlabs ");

    private final Behaviour behaviour;
    private final WireMockServer server;
    private final int scenes;

    private VendorFakes(Behaviour behaviour, WireMockServer server, int scenes) {
        this.behaviour = behaviour;
        this.server = server;
        this.scenes = scenes;
    }

    /** How often the fakes fail, from which seed, and how long a stalled answer takes. */
    record FaultPlan(double rate, long seed, Duration stall) {

        static final FaultPlan NONE = new FaultPlan(0, 0, Duration.ZERO);
    }

    /**
     * How long the vendors take, as they do in production: the writing and the speech answer after their
     * time, and a Leonardo generation or JSON2Video movie is pending for a time drawn between the job bounds
     * from its first sight (Leonardo: its first status poll; JSON2Video: its submission).
     */
    record Latency(Duration writing, Duration speech, Duration shortestJob, Duration longestJob) {

        static final Latency NONE = new Latency(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** Starts the fakes; every story OpenAI writes has {@code scenes} scenes. */
    static VendorFakes start(Path media, int scenes) throws Exception {
        return start(media, scenes, FaultPlan.NONE);
    }

    /** Starts the fakes, failing requests as {@code faults} says. */
    static VendorFakes start(Path media, int scenes, FaultPlan faults) throws Exception {
        return start(media, scenes, faults, Latency.NONE);
    }

    /** Starts the fakes, answering as slowly as {@code latency} says. */
    static VendorFakes start(Path media, int scenes, Latency latency) throws Exception {
        return start(media, scenes, FaultPlan.NONE, latency);
    }

    private static VendorFakes start(Path media, int scenes, FaultPlan faults, Latency latency) throws Exception {
        Behaviour behaviour = new Behaviour(faults, latency);
        WireMockServer server = new WireMockServer(options().dynamicPort().globalTemplating(true).extensions(behaviour));
        server.start();
        VendorFakes fakes = new VendorFakes(behaviour, server, scenes);
        fakes.stubOpenAi();
        fakes.stubLeonardo();
        fakes.stubElevenLabs(media);
        fakes.stubJson2Video(media);
        return fakes;
    }

    /** The settings that point every stage at its fake vendor, as environment variables. */
    Map<String, String> environment() {
        String base = server.baseUrl();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OPENAI_API_KEY", "sk-fake-openai");
        env.put("OPENAI_BASE_URL", base + "/openai/v1");
        env.put("LEONARDO_API_KEY", "0b7e3c1d-5f2a-4c9e-8d6b-2a1f3e4d5c6b");
        env.put("LEONARDO_BASE_URL", base + "/leonardo/api/rest/v1");
        env.put("ELEVENLABS_API_KEY", "fake-elevenlabs-key");
        env.put("ELEVENLABS_BASE_URL", base + "/elevenlabs");
        env.put("JSON2VIDEO_API_KEY", "fake-json2video-key");
        env.put("JSON2VIDEO_BASE_URL", base + "/json2video/v2");
        env.put("STORYREEL_VENDORS_ALLOWHTTPDOWNLOADS", "true");
        env.put("STORYREEL_LEONARDO_DOWNLOADHOSTS", "localhost");
        env.put("STORYREEL_JSON2VIDEO_DOWNLOADHOSTS", "localhost");
        env.put("STORYREEL_LEONARDO_FIRSTPOLLDELAY", "200ms");
        env.put("STORYREEL_LEONARDO_MAXPOLLDELAY", "500ms");
        env.put("STORYREEL_JOBS_POLLINTERVAL", "200ms");
        return env;
    }

    /** The same settings as properties, for the services started in this JVM ({@link LocalServices#start}). */
    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        environment().forEach((name, value) -> {
            if (!name.startsWith("STORYREEL_")) {
                properties.put(name, value);
            }
        });
        properties.put("storyreel.vendors.allow-http-downloads", "true");
        properties.put("storyreel.leonardo.download-hosts", "localhost");
        properties.put("storyreel.json2video.download-hosts", "localhost");
        properties.put("storyreel.leonardo.first-poll-delay", "200ms");
        properties.put("storyreel.leonardo.max-poll-delay", "500ms");
        properties.put("storyreel.jobs.poll-interval", "200ms");
        return properties;
    }

    /**
     * Every paid request the vendors accepted, counted by the unit of work it names: those answered 200,
     * and those whose answer a fault lost after the vendor took them.
     */
    Map<String, Long> acceptedByUnit() {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST"))
                .filter(event -> behaviour.fault(event).map(VendorFault::afterAcceptance)
                        .orElse(event.getResponse().getStatus() == 200))
                .map(this::unit)
                .flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** How many requests met each fault. */
    Map<VendorFault, Long> faultCounts() {
        return server.getAllServeEvents().stream().map(behaviour::fault).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), () -> new EnumMap<>(VendorFault.class), Collectors.counting()));
    }

    /** Starts or ends an outage of the vendor whose paths begin with {@code prefix}: every request answered 503. */
    void outage(String prefix, boolean down) {
        behaviour.outage(prefix, down);
    }

    /** How many requests of any kind the vendors have seen: progress that a test can wait on. */
    int requestCount() {
        return server.getAllServeEvents().size();
    }

    /** The unit of work a paid request is for: the writer's idea (its last message), a scene's text or prompt, or a movie's assets. */
    private Optional<String> unit(ServeEvent event) {
        String path = event.getRequest().getUrl();
        String body = event.getRequest().getBodyAsString();
        if (path.startsWith("/openai/")) {
            JsonNode messages = JSON.readTree(body).path("messages");
            return Optional.of("openai " + messages.get(messages.size() - 1).path("content").asString());
        }
        if (path.startsWith("/leonardo/")) {
            return Optional.of("leonardo " + JSON.readTree(body).path("prompt").asString());
        }
        if (path.startsWith("/elevenlabs/")) {
            return Optional.of("elevenlabs " + JSON.readTree(body).path("text").asString());
        }
        if (path.startsWith("/json2video/")) {
            String kind = body.contains("\"image\"") ? "clip" : body.contains("\"audio\"") ? "merge" : "render";
            Matcher scene = SCENE_ASSET.matcher(body);
            if (kind.equals("render")) {
                Matcher story = STORY_ASSET.matcher(body);
                return story.find() ? Optional.of("json2video render " + story.group(1)) : Optional.empty();
            }
            return scene.find() ? Optional.of("json2video " + kind + " " + scene.group(1) + "/" + scene.group(2)) : Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        server.stop();
    }

    // ------------------------------------------------------------------ the vendors, as their contracts say

    /** A story of its own for every request: a random word in each scene's narration and picture prompt. */
    private void stubOpenAi() {
        List<Map<String, String>> sceneList = IntStream.range(0, scenes).mapToObj(i -> Map.of(
                "narration", "Scene " + (i + 1) + ": Miso the grey cat climbs the stairs of tower {{randomValue length=10 type='ALPHANUMERIC'}}.",
                "image_prompt", "A small grey cat with a blue collar on the stairs of tower {{randomValue length=10 type='ALPHANUMERIC'}}, storybook illustration"))
                .toList();
        String content = JSON.writeValueAsString(Map.of("title", "Miso and the Lamp", "characters", List.of(Map.of("name", "Miso",
                "role", "cat", "description", "a small grey cat with a blue collar")), "scenes", sceneList));
        server.stubFor(post(urlPathEqualTo("/openai/v1/chat/completions")).willReturn(okJson(JSON.writeValueAsString(Map.of(
                "id", "chatcmpl-fault", "object", "chat.completion", "created", 1726012687, "model", "gpt-4o-mini",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 400, "completion_tokens", 500, "total_tokens", 900))))));
    }

    private void stubLeonardo() throws Exception {
        server.stubFor(post(urlPathEqualTo("/leonardo/api/rest/v1/generations")).willReturn(okJson(
                "{\"sdGenerationJob\":{\"generationId\":\"{{randomValue type='UUID'}}\",\"apiCreditCost\":8}}")));
        server.stubFor(get(urlPathMatching("/leonardo/api/rest/v1/generations/.+")).willReturn(okJson(
                "{\"generations_by_pk\":{\"id\":\"{{request.pathSegments.[5]}}\",\"status\":\"COMPLETE\","
                        + "\"createdAt\":\"2026-05-25T14:22:01.000Z\",\"imageWidth\":1024,\"imageHeight\":576,\"generated_images\":["
                        + "{\"id\":\"img\",\"url\":\"{{request.baseUrl}}/cdn/{{request.pathSegments.[5]}}.jpg\","
                        + "\"nsfw\":false,\"likeCount\":0,\"motionMP4URL\":null}]}}")));
        server.stubFor(get(urlPathMatching("/cdn/.+")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/jpeg").withBody(jpeg())));
    }

    private void stubElevenLabs(Path media) throws Exception {
        server.stubFor(post(urlPathMatching("/elevenlabs/v1/text-to-speech/[^/]+/with-timestamps"))
                .willReturn(okJson(elevenLabsAnswer(media))));
    }

    /** A with-timestamps answer: a real 1.2 s mp3 and the timings of its characters. */
    static String elevenLabsAnswer(Path media) throws Exception {
        String text = "Hello there.";
        double seconds = 1.2;
        List<String> characters = text.chars().mapToObj(c -> String.valueOf((char) c)).toList();
        List<Double> starts = IntStream.range(0, characters.size()).mapToObj(i -> i * seconds / characters.size()).toList();
        List<Double> ends = IntStream.range(0, characters.size()).mapToObj(i -> (i + 1) * seconds / characters.size()).toList();
        return JSON.writeValueAsString(Map.of("audio_base64", Base64.getEncoder().encodeToString(mp3(media, seconds)),
                "alignment", Map.of("characters", characters, "character_start_times_seconds", starts,
                        "character_end_times_seconds", ends)));
    }

    /** Movies are started and listed by {@link Behaviour}, which keeps them; a movie's status is done at once. */
    private void stubJson2Video(Path media) throws Exception {
        server.stubFor(post(urlPathEqualTo("/json2video/v2/movies")).willReturn(okJson("{}")));
        server.stubFor(get(urlPathEqualTo("/json2video/v2/movies")).willReturn(okJson("{}")));
        server.stubFor(get(urlPathEqualTo("/json2video/v2/movies")).withQueryParam("project", matching(".+")).willReturn(okJson(
                "{\"success\":true,\"movie\":{\"success\":true,\"status\":\"done\",\"message\":\"\","
                        + "\"project\":\"{{request.query.project}}\",\"url\":\"{{request.baseUrl}}/renders/{{request.query.project}}.mp4\","
                        + "\"duration\":2.0,\"size\":6876189,\"width\":1920,\"height\":1080,\"rendering_time\":12,\"client-data\":{}},"
                        + "\"remaining_quota\":{\"movies\":0,\"drafts\":0,\"time\":1807}}")));
        server.stubFor(get(urlPathMatching("/renders/.+")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "video/mp4").withBody(mp4(media))));
    }

    // ------------------------------------------------------------------ faults, outages and JSON2Video's movies

    /**
     * Decides each request's fault, and keeps JSON2Video's movies: a POST the vendor takes is kept with its
     * {@code client-data}, so the listing ({@code GET /v2/movies} without a project) shows it, as the real one would.
     */
    static final class Behaviour implements ResponseDefinitionTransformerV2 {

        private static final List<String> VENDOR_PATHS = List.of("/openai/", "/leonardo/", "/elevenlabs/", "/json2video/",
                "/cdn/", "/renders/");

        private final FaultPlan plan;
        private final Latency latency;
        private final Random random;
        /** When each Leonardo generation or JSON2Video movie is done, by its id. */
        private final Map<String, Instant> readyAt = new ConcurrentHashMap<>();
        private final Map<UUID, VendorFault> faults = new ConcurrentHashMap<>();
        private final Set<String> down = ConcurrentHashMap.newKeySet();
        private final List<Map<String, Object>> movies = new CopyOnWriteArrayList<>();
        private final AtomicInteger projects = new AtomicInteger();

        Behaviour(FaultPlan plan, Latency latency) {
            this.plan = plan;
            this.latency = latency;
            this.random = new Random(plan.seed());
        }

        @Override
        public String getName() {
            return "vendor-behaviour";
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String path = event.getRequest().getUrl();
            VendorFault fault = pick(path);
            if (fault != null) {
                faults.put(event.getId(), fault);
                if (!fault.afterAcceptance()) {
                    return fault.answer(path, null, 0);
                }
            }
            ResponseDefinition answer = event.getResponseDefinition();
            if (path.startsWith("/json2video/v2/movies")) {
                answer = movies(event);
            }
            answer = slowed(event, path, answer);
            return fault == null ? answer : fault.answer(path, answer, (int) plan.stall().toMillis());
        }

        Optional<VendorFault> fault(ServeEvent event) {
            return Optional.ofNullable(faults.get(event.getId()));
        }

        void outage(String prefix, boolean on) {
            if (on) {
                down.add(prefix);
            }
            else {
                down.remove(prefix);
            }
        }

        private VendorFault pick(String path) {
            if (VENDOR_PATHS.stream().noneMatch(path::startsWith)) {
                return null;
            }
            if (down.stream().anyMatch(path::startsWith)) {
                return VendorFault.SERVER_ERROR;
            }
            synchronized (random) {
                if (random.nextDouble() >= plan.rate()) {
                    return null;
                }
                VendorFault[] all = VendorFault.values();
                return all[random.nextInt(all.length)];
            }
        }

        /** The answer as the vendor gives it after {@link Latency}: later, or still pending. */
        private ResponseDefinition slowed(ServeEvent event, String path, ResponseDefinition answer) {
            boolean post = event.getRequest().getMethod().getName().equals("POST");
            if (post && path.startsWith("/openai/")) {
                return ResponseDefinitionBuilder.like(answer).withFixedDelay((int) latency.writing().toMillis()).build();
            }
            if (post && path.startsWith("/elevenlabs/")) {
                return ResponseDefinitionBuilder.like(answer).withFixedDelay((int) latency.speech().toMillis()).build();
            }
            if (!post && path.startsWith("/leonardo/api/rest/v1/generations/")) {
                String id = path.substring(path.lastIndexOf('/') + 1);
                return Instant.now().isBefore(readyAt(id)) ? ResponseDefinitionBuilder.okForJson(Map.of("generations_by_pk",
                        Map.of("id", id, "status", "PENDING", "generated_images", List.of()))).build() : answer;
            }
            var project = event.getRequest().queryParameter("project");
            if (!post && path.startsWith("/json2video/v2/movies") && project.isPresent()
                    && Instant.now().isBefore(readyAt(project.firstValue()))) {
                return ResponseDefinitionBuilder.okForJson(Map.of("success", true, "movie", Map.of("success", true,
                        "status", "running", "project", project.firstValue(), "message", ""))).build();
            }
            return answer;
        }

        /** When the job {@code id} is done: set the first time it is asked about. */
        private Instant readyAt(String id) {
            return readyAt.computeIfAbsent(id, first -> {
                long spread = latency.longestJob().minus(latency.shortestJob()).toMillis();
                synchronized (random) {
                    return Instant.now().plus(latency.shortestJob()).plusMillis(spread == 0 ? 0 : random.nextLong(spread + 1));
                }
            });
        }

        private ResponseDefinition movies(ServeEvent event) {
            var request = event.getRequest();
            if (request.getMethod().getName().equals("POST")) {
                String project = "Project%011d".formatted(projects.incrementAndGet());
                readyAt(project);
                Map<String, Object> movie = new LinkedHashMap<>();
                movie.put("project", project);
                movie.put("success", true);
                movie.put("status", "done");
                movie.put("message", "");
                movie.put("url", request.getAbsoluteUrl().replaceFirst("/json2video/.*", "") + "/renders/" + project + ".mp4");
                movie.put("duration", 2.0);
                // As plain maps: WireMock writes the answer with a Jackson of its own.
                movie.put("client-data", JSON.readValue(request.getBodyAsString(), Map.class).get("client-data"));
                movies.add(movie);
                return ResponseDefinitionBuilder.okForJson(Map.of("success", true, "project", project,
                        "timestamp", "2026-05-12T10:49:52.924Z")).build();
            }
            if (request.queryParameter("project").isPresent()) {
                return event.getResponseDefinition();
            }
            return ResponseDefinitionBuilder.okForJson(Map.of("success", true, "movies", movies.reversed(),
                    "count", movies.size(), "has_next", false)).build();
        }
    }

    // ------------------------------------------------------------------ real media for the fakes to serve

    static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(1024, 576, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, 1024, 576);
        g.setColor(new Color(230, 200, 90));
        g.fillOval(600, 120, 200, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static byte[] mp3(Path media, double seconds) throws Exception {
        Path file = media.resolve("narration.mp3");
        Ffmpeg.onPath().run(List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=" + seconds, "-c:a", "libmp3lame",
                "-b:a", "64k", file.toString()), Duration.ofMinutes(1));
        return Files.readAllBytes(file);
    }

    static byte[] mp4(Path media) throws Exception {
        Path file = media.resolve("movie.mp4");
        Ffmpeg.onPath().run(List.of("-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30:duration=2", "-f", "lavfi", "-i",
                "sine=frequency=330:duration=2", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a",
                "aac", "-shortest", "-movflags", "+faststart", file.toString()), Duration.ofMinutes(1));
        return Files.readAllBytes(file);
    }
}
