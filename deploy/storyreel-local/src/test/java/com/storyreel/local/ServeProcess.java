package com.storyreel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * {@code storyreel serve} in a JVM of its own, on fixed ports and one data folder, so that a test can
 * kill it as {@code kill -9} does (its child processes with it, as a container's end takes them) and
 * start it again on the same state.
 */
final class ServeProcess implements AutoCloseable {

    private final Path data;
    private final Map<String, String> environment;
    private final int gatewayPort = freePort();
    private final int kafkaPort = freePort();
    private final int s3Port = freePort();
    private Process process;
    private int starts;

    ServeProcess(Path data, Map<String, String> environment) {
        this.data = data;
        this.environment = Map.copyOf(environment);
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    /** Starts serve and waits until its gateway answers; its output goes to {@code serve-N.out} in the data folder. */
    void start() {
        List<String> command = command("serve", "--data", data.toString(), "--port", String.valueOf(gatewayPort),
                "--kafka-port", String.valueOf(kafkaPort), "--s3-port", String.valueOf(s3Port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(data.resolve("serve-" + (++starts) + ".out").toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        GatewayClient gateway = new GatewayClient(gatewayUrl(), Optional.empty());
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("serve stopped with exit code " + process.exitValue() + "; see " + data);
            }
            return gateway.isUp();
        });
    }

    /** The command that runs {@code storyreel} with these arguments in a JVM of its own, on this test's classes. */
    static List<String> command(String... arguments) {
        return command(List.of(), arguments);
    }

    /** The same, with these JVM options. */
    static List<String> command(List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StoryReelCli.class.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** Asks serve to retry a failed story, as a user would; fails unless it is accepted. */
    void retry(String storyId) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gatewayUrl() + "/api/stories/" + storyId + "/retry"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("Retrying " + storyId + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Kills serve and everything it started, with no chance to clean up. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitForExit();
    }

    int starts() {
        return starts;
    }

    /**
     * The resident memory of the serve JVM now and at its peak, from /proc: (VmRSS, VmHWM) in MiB.
     * ffmpeg and the speech programs are not counted.
     */
    long[] residentMiB() {
        try {
            List<String> status = java.nio.file.Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"));
            return new long[] {kibToMib(status, "VmRSS:"), kibToMib(status, "VmHWM:")};
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static long kibToMib(List<String> status, String field) {
        return status.stream().filter(line -> line.startsWith(field))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1);
    }

    /** Stops serve as Ctrl-C does. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(1, TimeUnit.MINUTES)) {
                    kill();
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private void waitForExit() {
        try {
            process.waitFor();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
