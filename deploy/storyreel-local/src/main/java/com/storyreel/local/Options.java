package com.storyreel.local;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The command line: a command, its positional arguments and its --options. */
record Options(String command, List<String> arguments, Map<String, String> values) {

    static final String USAGE = """
            Usage:
              storyreel make "PROMPT" [--scenes N] [--aspect 16:9|9:16|1:1] [--voice V] [--style S] [--out DIR]
              storyreel make --script FILE [--scenes N] [--aspect ...] [--voice V] [--style S] [--out DIR]
              storyreel make --batch FILE [--again] [--scenes N] [--aspect ...] [--voice V] [--style S] [--out DIR]
              storyreel serve
              storyreel infra [--data DIR] [--kafka-port 9092] [--s3-port 9900] [--stack-host 127.0.0.1]
              storyreel service NAME [--port P] [--data DIR]     (with the environment infra prints)
              storyreel console-producer --topic T [kafka-console-producer options]   (default --bootstrap-server 127.0.0.1:9092)
              storyreel console-consumer --topic T [kafka-console-consumer options]
            Options for make and serve: [--data DIR] [--host 127.0.0.1] [--port 8080] [--kafka-port 9092] [--s3-port 9900]
                              [--stack-host 127.0.0.1] [--metrics-port 8081] [--stage-metrics-port 0]
            make uses a running 'storyreel serve' when one answers on --host/--port, else starts its own stack.
            --batch FILE: one prompt a line, or one JSON request a line ({"script": "...", "sceneCount": 3}); blank lines
            and lines starting with '#' are skipped. make then shows each story's progress, saves each finished one to
            DIR/STORYID/, ends with a table of every story, and exits with 1 when any did not complete. The same FILE
            run again follows the stories the first run started (nothing is made or paid for twice); --again makes
            them anew.
            --host other than loopback needs STORYREEL_API_KEYS; make sends the first of those keys.
            Kafka and S3 listen on --stack-host; with keys, metrics are on 127.0.0.1:--metrics-port.
            Each stage service's metrics are on 127.0.0.1, from --stage-metrics-port on (0: free ports); serve prints them.
            Separate processes: infra runs only Kafka, MongoDB and S3 and prints the environment the services need as
            KEY=VALUE lines, S3 secret key included (the stack's own, made for its data folder: keep the output private),
            then a line starting with '#'. service NAME (story-service, scene-image-service, audio-service,
            scene-video-service, merge-service, render-service) runs one service with that environment:
              ./storyreel infra > infra.env &   # wait for its '# ready:' line
              set -a; . ./infra.env; set +a; ./storyreel service story-service & ./storyreel service scene-video-service &
            story-service's gateway is on --host:--port (8080; keys as for serve, metrics then on --metrics-port 8081); a stage
            service serves its actuator on 127.0.0.1:--port (0, the default: a free port). Replicas of a stage share its
            consumer group. Each service logs to DIR/NAME-PID.log and prints its URLs.""";

    private static final List<String> FLAGS = List.of("scenes", "aspect", "voice", "style", "out", "script", "batch", "data", "host",
            "port", "kafka-port", "s3-port", "stack-host", "metrics-port", "stage-metrics-port");

    /** Options that take no value: present or not. */
    private static final List<String> SWITCHES = List.of("again");

    static Options parse(String[] args) {
        if (args.length == 0) {
            throw new UsageException("No command given");
        }
        List<String> arguments = new ArrayList<>();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (SWITCHES.contains(name) && value == null) {
                    value = "true";
                }
                else if (!FLAGS.contains(name)) {
                    throw new UsageException("Unknown option --" + name + (SWITCHES.contains(name) ? " (it takes no value)" : ""));
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
                values.put(name, value);
            }
            else {
                arguments.add(arg);
            }
        }
        return new Options(args[0], List.copyOf(arguments), Map.copyOf(values));
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean isSet(String name) {
        return values.containsKey(name);
    }

    int number(String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        }
        catch (NumberFormatException ex) {
            throw new UsageException("--" + name + " must be a number (was '" + value + "')");
        }
    }

    Path dataDir() {
        return Path.of(value("data", System.getenv().getOrDefault("STORYREEL_DATA", "data")));
    }

    String host() {
        return value("host", "127.0.0.1");
    }

    /** Where Kafka and S3 listen: loopback unless asked otherwise. */
    String stackHost() {
        return value("stack-host", "127.0.0.1");
    }

    /**
     * Why the gateway must not start on these options with these API keys ({@code STORYREEL_API_KEYS}), in
     * one line: without keys it is open to whoever reaches it, so it serves loopback only.
     */
    Optional<String> exposureRefusal(String apiKeys) {
        if (firstApiKey(apiKeys).isPresent() || isLoopback(host())) {
            return Optional.empty();
        }
        return Optional.of("Refusing to serve on " + host() + " without API keys: set STORYREEL_API_KEYS (comma-separated)"
                + " or use --host 127.0.0.1");
    }

    /** The key make sends to the gateway: the first of {@code STORYREEL_API_KEYS}. */
    static Optional<String> firstApiKey(String apiKeys) {
        return apiKeys == null ? Optional.empty()
                : Arrays.stream(apiKeys.split(",")).map(String::trim).filter(key -> !key.isEmpty()).findFirst();
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        }
        catch (UnknownHostException ex) {
            return false;
        }
    }

    /** The command line is wrong; the message says how. */
    static final class UsageException extends RuntimeException {

        UsageException(String message) {
            super(message);
        }
    }
}
