package com.storyreel.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboards and alert rules against a real Prometheus (Debian's, which {@code .ci/run} installs): it
 * scrapes every service of the local stack each second while a story runs. Then every expression of every
 * dashboard panel evaluates and returns data, and every alert rule evaluates without error.
 */
class DashboardQueriesIntegrationTests {

    private static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");

    /** What Grafana puts in place of its variables: every service, and windows a few 1 s scrapes fill. */
    private static final Map<String, String> GRAFANA_VARIABLES = Map.of("${application}", ".*", "$application", ".*",
            "$__rate_interval", "1m", "$__interval", "15s", "$__range", "5m");

    @TempDir
    static Path data;

    private static LocalServices services;
    private static Process prometheus;
    private static URI prometheusUrl;

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void scrapeAStoryRun() throws Exception {
        assumeTrue(Files.isExecutable(PROMETHEUS), "Skipped: no " + PROMETHEUS + " (apt-get install prometheus)");
        services = LocalServices.start(data.resolve("storyreel"), LocalServices.Addresses.loopback(), Map.of());
        int port = freePort();
        Path config = Files.writeString(data.resolve("prometheus.yml"), prometheusConfig(services.metricsUrls()));
        prometheus = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + data.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("prometheus.log").toFile())
                .start();
        prometheusUrl = URI.create("http://127.0.0.1:" + port);

        GatewayClient gateway = new GatewayClient(services.gatewayUrl(), Optional.empty());
        // The shortest story there is: one square scene of one sentence.
        String storyId = gateway.create(Map.of("script", "The kite rose over the hill.", "sceneCount", 1, "aspectRatio", "1:1"));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway.story(storyId).path("status").asString(), status -> status.equals("COMPLETED"));
        // Scraped after the story ended, with its stages done in the rate windows.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                query("storyreel_stories_seconds_count{application=\"story-service\", outcome=\"completed\"} >= 1"))
                .isNotEmpty());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (prometheus != null) {
            prometheus.destroy();
            if (!prometheus.waitFor(10, TimeUnit.SECONDS)) {
                prometheus.destroyForcibly();
            }
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    void everyServiceIsScrapedAndItsSeriesCarryItsName() throws Exception {
        assertThat(services.metricsUrls()).containsOnlyKeys("story-service", "scene-image-service", "audio-service",
                "scene-video-service", "merge-service", "render-service");

        // A scrape of a busy service can miss its 1 s timeout now and then: its series are back with the next.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(query("up == 1")).extracting(series -> series.path("metric").path("job").asString())
                    .containsExactlyInAnyOrderElementsOf(services.metricsUrls().keySet());
            assertThat(query("count by (application) (jvm_memory_used_bytes)"))
                    .extracting(series -> series.path("metric").path("application").asString())
                    .containsExactlyInAnyOrderElementsOf(services.metricsUrls().keySet());
        });
    }

    @Test
    void everyDashboardPanelsExpressionReturnsData() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Path dashboard : dashboards()) {
            for (JsonNode panel : json.readTree(dashboard.toFile()).path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    String expr = grafanaSubstituted(target.path("expr").asString());
                    String what = dashboard.getFileName() + " / " + panel.path("title").asString() + ": " + expr;
                    // A rate needs two scrapes of a series; the last stages' series may be one scrape old.
                    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(query(expr)).as(what).isNotEmpty());
                    checked.add(what);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(20);
    }

    @Test
    void everyAlertRuleEvaluatesWithoutError() throws Exception {
        List<Map<String, Object>> rules = alertRules();
        assertThat(rules).extracting(rule -> rule.get("alert"))
                .contains("StoryStuck", "DeadLetters", "CircuitBreakerOpen", "VendorErrorRate", "ConsumerLag");
        for (Map<String, Object> rule : rules) {
            query(rule.get("expr").toString());
        }
        // Prometheus loaded the same file and has evaluated each rule since: none reports an error.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> loaded = new ArrayList<>();
            get("/api/v1/rules").path("groups").forEach(group -> group.path("rules").forEach(loaded::add));
            assertThat(loaded).hasSameSizeAs(rules).allSatisfy(rule -> {
                assertThat(rule.path("health").asString()).as(rule.path("name").asString() + ": " + rule.path("lastError"))
                        .isEqualTo("ok");
            });
        });
    }

    /** The query's result; fails when Prometheus cannot evaluate it. */
    private static List<JsonNode> query(String promql) throws IOException, InterruptedException {
        List<JsonNode> result = new ArrayList<>();
        get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).path("result").forEach(result::add);
        return result;
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(prometheusUrl.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asString()).as(path + " answered " + response.statusCode() + ": " + body.path("error"))
                .isEqualTo("success");
        return body.path("data");
    }

    private static String grafanaSubstituted(String expr) {
        String substituted = expr;
        for (var variable : GRAFANA_VARIABLES.entrySet()) {
            substituted = substituted.replace(variable.getKey(), variable.getValue());
        }
        assertThat(substituted).as("a Grafana variable this test does not know in " + expr).doesNotContain("$");
        return substituted;
    }

    private static String prometheusConfig(Map<String, String> metricsUrls) {
        StringBuilder config = new StringBuilder("""
                global:
                  scrape_interval: 1s
                  scrape_timeout: 1s
                  evaluation_interval: 1s
                rule_files:
                  - "%s"
                scrape_configs:
                """.formatted(repository().resolve("deploy/docker/prometheus/alerts.yml")));
        // As in deploy/docker/prometheus/prometheus.yml: one job per service, named after it.
        metricsUrls.forEach((service, url) -> {
            URI uri = URI.create(url);
            config.append("""
                      - job_name: %s
                        metrics_path: %s
                        static_configs:
                          - targets: ["%s:%d"]
                    """.formatted(service, uri.getPath(), uri.getHost(), uri.getPort()));
        });
        return config.toString();
    }

    private static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(repository().resolve("deploy/docker/grafana/dashboards"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> alertRules() throws IOException {
        Map<String, Object> file = new Yaml().load(Files.readString(repository().resolve("deploy/docker/prometheus/alerts.yml")));
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Object group : (List<Object>) file.get("groups")) {
            for (Object rule : (List<Object>) ((Map<String, Object>) group).get("rules")) {
                rules.add(new LinkedHashMap<>((Map<String, Object>) rule));
            }
        }
        return rules;
    }

    /** The repository's root: the tests run in the module's folder. */
    static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/docker"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
