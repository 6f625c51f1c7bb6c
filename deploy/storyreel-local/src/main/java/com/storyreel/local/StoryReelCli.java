package com.storyreel.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import com.storyreel.localstack.LocalStack;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code storyreel make} turns a prompt or a script into a video through the real event-driven
 * system; {@code storyreel serve} keeps that system running for other clients; {@code storyreel infra}
 * and {@code storyreel service NAME} run the same system as separate processes.
 */
public final class StoryReelCli {

    private static final int FIXED_GATEWAY_PORT = 8080;
    private static final int FIXED_KAFKA_PORT = 9092;
    private static final int FIXED_S3_PORT = 9900;
    private static final int FIXED_METRICS_PORT = 8081;

    /** How infra's output says the stack is ready, after the KEY=VALUE lines. */
    static final String INFRA_READY = "# ready:";

    /** What a service run alone must be told (the rest has defaults or comes with these). */
    private static final List<String> SERVICE_ENVIRONMENT = List.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", "SPRING_MONGODB_URI",
            "STORYREEL_S3_ENDPOINT");

    private final PrintStream out;
    private final String apiKeys = System.getenv("STORYREEL_API_KEYS");

    private StoryReelCli(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        if (args.length > 0 && KafkaConsoleTools.handles(args[0])) {
            KafkaConsoleTools.run(args);
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int exit;
        try {
            Options options = Options.parse(args);
            // Before anything logs: where the log file goes, and how much of it the console shows.
            System.setProperty("STORYREEL_LOG", logFile(options).toString());
            // infra's console stays quiet: its output is the environment it prints.
            System.setProperty("STORYREEL_CONSOLE_LEVEL",
                    "serve".equals(options.command()) || "service".equals(options.command()) ? "INFO" : "ERROR");
            exit = new StoryReelCli(out).run(options);
        }
        catch (Options.UsageException ex) {
            out.println("storyreel: " + ex.getMessage() + " ('storyreel help' lists the commands and options)");
            exit = 64;
        }
        System.exit(exit);
    }

    int run(Options options) {
        return switch (options.command()) {
            case "make" -> make(options);
            case "serve" -> serve(options);
            case "infra" -> infra(options);
            case "service" -> service(options);
            case "help", "--help", "-h" -> {
                out.println(Options.USAGE);
                yield 0;
            }
            default -> throw new Options.UsageException("Unknown command '" + options.command() + "'");
        };
    }

    private int serve(Options options) {
        Optional<String> refusal = options.exposureRefusal(apiKeys);
        if (refusal.isPresent()) {
            out.println(refusal.get());
            return 78;
        }
        writableFolder(options.dataDir(), "--data");
        LocalServices services = start(options, options.number("port", FIXED_GATEWAY_PORT),
                options.number("kafka-port", FIXED_KAFKA_PORT), options.number("metrics-port", FIXED_METRICS_PORT));
        out.println();
        out.println("StoryReel is serving (Ctrl-C stops it):");
        out.println("  gateway     " + services.gatewayUrl() + "/api/stories   (OpenAPI: " + services.gatewayUrl() + "/v3/api-docs)"
                + (Options.firstApiKey(apiKeys).isPresent() ? "   with Authorization: Bearer <a key of STORYREEL_API_KEYS>" : ""));
        out.println("  studio      " + services.gatewayUrl() + "/");
        services.metricsUrls().forEach((service, url) -> out.printf("  metrics     %-20s %s%n", service, url));
        out.println("  kafka       " + services.kafkaBootstrapServers() + "   (topic story.requested, key = storyId)");
        out.println("  s3          " + services.s3Endpoint());
        out.println("  mongodb     " + services.mongoConnectionString());
        out.println("  data        " + options.dataDir().toAbsolutePath());
        return runUntilStopped(() -> {
            out.println("Stopping StoryReel...");
            services.close();
        });
    }

    /**
     * Kafka, MongoDB and S3 alone, for services run as processes of their own: prints the environment they
     * need as KEY=VALUE lines (the S3 credentials included: they are this stack's own, made for its data
     * folder), then a line starting with '#', so the output can be sourced by a shell.
     */
    private int infra(Options options) {
        writableFolder(options.dataDir(), "--data");
        LocalStack stack = LocalStack.start(options.dataDir(), true, options.stackHost(),
                options.number("kafka-port", FIXED_KAFKA_PORT), options.number("s3-port", FIXED_S3_PORT));
        ServiceEnvironment.of(stack, assetLinks(System.getenv("STORYREEL_S3_PUBLIC_ENDPOINT"))).lines().forEach(out::println);
        out.println(INFRA_READY + " Kafka, MongoDB and S3 (data in " + options.dataDir().toAbsolutePath()
                + "); Ctrl-C stops them. Run each service with: storyreel service NAME");
        return runUntilStopped(stack::close);
    }

    /**
     * One service in this JVM, against the Kafka, MongoDB and S3 its environment names (what {@code infra}
     * prints); replicas of a stage service share its consumer group, each on a port of its own.
     */
    private int service(Options options) {
        if (options.arguments().size() != 1) {
            throw new Options.UsageException("service needs one NAME: " + String.join(", ", LocalServices.names()));
        }
        String name = options.arguments().getFirst();
        Class<?> application = LocalServices.application(name).orElseThrow(() -> new Options.UsageException(
                "Unknown service '" + name + "' (one of " + String.join(", ", LocalServices.names()) + ")"));
        List<String> missing = SERVICE_ENVIRONMENT.stream().filter(variable -> isBlank(System.getenv(variable))).toList();
        if (!missing.isEmpty()) {
            out.println(name + " needs " + String.join(", ", missing) + " in its environment: start 'storyreel infra' and export what it prints");
            return 78;
        }
        boolean gateway = "story-service".equals(name);
        Optional<String> refusal = options.exposureRefusal(apiKeys);
        if (gateway && refusal.isPresent()) {
            out.println(refusal.get());
            return 78;
        }
        ConfigurableApplicationContext service = LocalServices.run(application, gateway
                ? LocalServices.gatewayWebServer(options.host(), options.number("port", FIXED_GATEWAY_PORT),
                        options.number("metrics-port", FIXED_METRICS_PORT), Options.firstApiKey(apiKeys).isPresent())
                : LocalServices.stageWebServer(options.number("port", 0)));
        String host = gateway ? options.host() : "127.0.0.1";
        out.println(name + " is running (Ctrl-C stops it):");
        if (gateway) {
            out.println("  gateway     " + LocalServices.webUrl(service, host) + "/api/stories");
            out.println("  studio      " + LocalServices.webUrl(service, host) + "/");
        }
        out.println("  metrics     " + LocalServices.metricsUrl(service, host));
        return runUntilStopped(service::close);
    }

    /** Waits until the JVM is asked to stop (Ctrl-C, SIGTERM), running {@code stop} on the way out. */
    private static int runUntilStopped(Runnable stop) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, "storyreel-shutdown"));
        try {
            stopped.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * serve, make and infra share the data folder's log; each service process has a log of its own there
     * (named before the name is checked, which would start logging: so only a plain name makes a file name).
     */
    private static Path logFile(Options options) {
        String name = "service".equals(options.command()) && options.arguments().size() == 1
                && options.arguments().getFirst().matches("[a-z-]{1,40}")
                ? options.arguments().getFirst() + "-" + ProcessHandle.current().pid() + ".log"
                : "storyreel.log";
        return options.dataDir().resolve(name);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private int make(Options options) {
        // Read first, so a bad request or batch line is told before anything starts.
        Function<GatewayClient, Integer> work = makeWith(options);
        // Before the story is asked for, so nothing is made (or paid for) that could not be saved.
        writableFolder(Path.of(options.value("out", "out")), "--out");
        String host = options.host();
        int port = options.number("port", FIXED_GATEWAY_PORT);
        Optional<String> key = Options.firstApiKey(apiKeys);
        GatewayClient running = new GatewayClient("http://" + host + ":" + port, key);
        try {
            if (running.isUp()) {
                out.println("Using the StoryReel already serving at http://" + host + ":" + port);
                return work.apply(running);
            }
        }
        catch (IllegalStateException ex) {
            out.println(ex.getMessage());
            return 2;
        }
        Optional<String> refusal = options.exposureRefusal(apiKeys);
        if (refusal.isPresent()) {
            out.println(refusal.get());
            return 78;
        }
        writableFolder(options.dataDir(), "--data");
        out.println("Starting StoryReel (Kafka, MongoDB, S3 and six services; state in " + options.dataDir() + ")...");
        // Free ports, so a make never collides with anything else on the machine.
        try (LocalServices services = start(options, 0, 0, 0)) {
            return work.apply(new GatewayClient(services.gatewayUrl(), key));
        }
    }

    /** What make does once it has a gateway: one story from a PROMPT or --script, or the stories of --batch FILE. */
    private Function<GatewayClient, Integer> makeWith(Options options) {
        Path outDir = Path.of(options.value("out", "out"));
        String batch = options.values().get("batch");
        if (batch == null) {
            if (options.isSet("again")) {
                throw new Options.UsageException("--again goes with --batch FILE");
            }
            Map<String, Object> body = request(options);
            return gateway -> make(gateway, body, outDir);
        }
        if (!options.arguments().isEmpty() || options.values().containsKey("script")) {
            throw new Options.UsageException("make takes a PROMPT, --script FILE or --batch FILE, only one of them");
        }
        BatchFile file = BatchFile.read(Path.of(batch), settings(options));
        String run = options.isSet("again") ? UUID.randomUUID().toString() : "";
        return gateway -> new BatchRun(gateway, out, outDir, run).run(file);
    }

    private int make(GatewayClient gateway, Map<String, Object> body, Path outDir) {
        String storyId;
        try {
            storyId = gateway.create(body);
        }
        catch (IllegalStateException ex) {
            out.println(ex.getMessage());
            return 2;
        }
        out.println("Story " + storyId + " requested");
        ProgressDisplay display = ProgressDisplay.forConsole(out);
        JsonNode[] last = new JsonNode[1];
        gateway.follow(storyId, story -> {
            last[0] = story;
            display.show(story);
        });
        display.finish();
        JsonNode story = last[0] == null || !isFinal(last[0]) ? gateway.story(storyId) : last[0];
        if ("FAILED".equals(story.path("status").asString())) {
            JsonNode error = story.path("error");
            out.println("Failed at stage " + error.path("stage").asString("?")
                    + (error.path("scene").isNull() || error.path("scene").isMissingNode() ? "" : ", scene " + error.path("scene").asInt())
                    + " (" + error.path("provider").asString("?") + "): " + error.path("reason").asString("?"));
            out.println("Retry it with: curl -X POST " + (Options.firstApiKey(apiKeys).isPresent() ? "-H 'Authorization: Bearer <key>' " : "")
                    + "<gateway>/api/stories/" + storyId + "/retry (while 'storyreel serve' runs)");
            return 1;
        }
        if (!"COMPLETED".equals(story.path("status").asString())) {
            out.println("The story stopped in state " + story.path("status").asString());
            return 1;
        }
        return save(gateway, story, outDir);
    }

    private int save(GatewayClient gateway, JsonNode story, Path outDir) {
        try {
            List<Path> files = StoryFiles.save(gateway, story, outDir);
            out.println("\"" + story.path("title").asString() + "\": " + String.format("%.1f", story.path("output").path("durationSeconds").asDouble())
                    + " s in " + story.path("progress").path("scenes").asInt() + " scenes");
            files.forEach(file -> out.println("  " + file.toAbsolutePath()));
            return 0;
        }
        catch (IOException ex) {
            out.println("Could not write the outputs to " + outDir.resolve(story.path("storyId").asString()) + ": " + ex.getMessage());
            return 1;
        }
    }

    private static void writableFolder(Path folder, String option) {
        try {
            Files.createDirectories(folder);
        }
        catch (IOException | SecurityException ex) {
            throw new Options.UsageException("Cannot write to " + option + " " + folder + " (" + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + ")");
        }
        if (!Files.isWritable(folder)) {
            throw new Options.UsageException("Cannot write to " + option + " " + folder);
        }
    }

    private static boolean isFinal(JsonNode story) {
        String status = story.path("status").asString();
        return "COMPLETED".equals(status) || "FAILED".equals(status);
    }

    private static Map<String, Object> request(Options options) {
        Map<String, Object> body = new LinkedHashMap<>();
        String script = options.values().get("script");
        if (script != null) {
            try {
                body.put("script", Files.readString(Path.of(script)));
            }
            catch (IOException ex) {
                throw new Options.UsageException("Cannot read the script " + script + ": " + ex.getMessage());
            }
        }
        if (!options.arguments().isEmpty()) {
            body.put("prompt", String.join(" ", options.arguments()));
        }
        if (body.isEmpty()) {
            throw new Options.UsageException("make needs a PROMPT, --script FILE or --batch FILE");
        }
        body.putAll(settings(options));
        return body;
    }

    /** What --scenes, --aspect, --voice and --style ask of every story. */
    private static Map<String, Object> settings(Options options) {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (options.values().containsKey("scenes")) {
            settings.put("sceneCount", options.number("scenes", 0));
        }
        putIfPresent(settings, "aspectRatio", options.values().get("aspect"));
        putIfPresent(settings, "voice", options.values().get("voice"));
        putIfPresent(settings, "style", options.values().get("style"));
        return settings;
    }

    private static void putIfPresent(Map<String, Object> body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private LocalServices start(Options options, int gatewayPort, int kafkaPort, int metricsPort) {
        var addresses = new LocalServices.Addresses(options.host(), gatewayPort, metricsPort,
                options.number("stage-metrics-port", 0), options.stackHost(), kafkaPort, options.number("s3-port", FIXED_S3_PORT));
        return LocalServices.start(options.dataDir(), addresses, assetLinks(System.getenv("STORYREEL_S3_PUBLIC_ENDPOINT")));
    }

    /**
     * JSON2Video fetches what it renders through presigned links, which must point somewhere it can reach:
     * an address of this machine's S3 given in STORYREEL_S3_PUBLIC_ENDPOINT (a tunnel, say), not 127.0.0.1.
     */
    private Map<String, Object> assetLinks(String publicEndpoint) {
        if (publicEndpoint != null && !publicEndpoint.isBlank()) {
            return Map.of("storyreel.s3.public-endpoint", publicEndpoint);
        }
        String json2videoKey = System.getenv("JSON2VIDEO_API_KEY");
        if (json2videoKey != null && !json2videoKey.isBlank()) {
            out.println("Note: JSON2Video cannot fetch pictures and sounds from this machine's S3. Set"
                    + " STORYREEL_S3_PUBLIC_ENDPOINT to an address of it that JSON2Video can reach, or keep those stages"
                    + " local: STORYREEL_CLIP_PROVIDER=ffmpeg STORYREEL_MERGE_PROVIDER=ffmpeg STORYREEL_RENDER_PROVIDER=ffmpeg");
        }
        return Map.of();
    }
}
