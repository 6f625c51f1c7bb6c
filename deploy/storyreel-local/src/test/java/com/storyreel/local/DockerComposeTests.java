package com.storyreel.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml holds what deploy/docker/README.md promises, read from the README's own tables so the
 * two cannot drift apart: every service, its health check, its ports (and which are published beyond
 * 127.0.0.1), the volumes, the variables a user sets, and a Prometheus job per service. Compose itself cannot
 * run here; this parses the file as compose does (anchors and merge keys included).
 */
class DockerComposeTests {

    private static final Path ROOT = Path.of("../..");
    private static final List<String> STORYREEL_SERVICES = List.of("story-service", "scene-image-service", "audio-service",
            "scene-video-service", "merge-service", "render-service");
    private static final List<String> INFRASTRUCTURE = List.of("kafka", "mongo", "minio");

    private static String composeText;
    private static Map<String, Map<String, Object>> services;
    private static Map<String, Object> volumes;
    private static String readme;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        composeText = Files.readString(ROOT.resolve("docker-compose.yml"));
        Map<String, Object> compose = new Yaml().load(composeText);
        services = (Map<String, Map<String, Object>>) compose.get("services");
        volumes = (Map<String, Object>) compose.get("volumes");
        readme = Files.readString(ROOT.resolve("deploy/docker/README.md"));
    }

    @Test
    void runsTheSixServicesWithKafkaMongoMinioPrometheusAndGrafana() {
        assertThat(services).containsKeys(STORYREEL_SERVICES.toArray(String[]::new))
                .containsKeys("kafka", "mongo", "minio", "prometheus", "grafana");
        for (String service : STORYREEL_SERVICES) {
            Map<String, Object> build = map(services.get(service), "build");
            assertThat(build.get("context")).as(service).isEqualTo("./" + service);
            assertThat(map(build, "args").get("MODULE")).as(service).isEqualTo(service);
        }
    }

    @Test
    void everyServiceHasAHealthCheckAndTheServicesStartOnlyOnceTheInfrastructureIsHealthy() {
        for (String service : services.keySet()) {
            if (service.equals("grafana") || service.equals("prometheus")) {
                continue;
            }
            assertThat(services.get(service)).as(service + " healthcheck").containsKey("healthcheck");
        }
        for (String service : STORYREEL_SERVICES) {
            String check = list(map(services.get(service), "healthcheck"), "test").toString();
            assertThat(check).as(service).contains("/actuator/health");
            Map<String, Object> dependsOn = map(services.get(service), "depends_on");
            for (String infrastructure : INFRASTRUCTURE) {
                assertThat(map(dependsOn, infrastructure).get("condition")).as(service + " on " + infrastructure)
                        .isEqualTo("service_healthy");
            }
        }
    }

    @Test
    void everyPortInTheReadmeIsWhereItSaysAndOnlyTheGatewayIsPublishedBeyondLoopback() {
        Map<Integer, String> promised = table("## Ports").entrySet().stream().collect(LinkedHashMap::new,
                (ports, row) -> ports.put(Integer.parseInt(row.getKey()), row.getValue()), Map::putAll);
        Map<Integer, String> published = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            for (Object port : service.getOrDefault("ports", List.of()) instanceof List<?> ports ? ports : List.of()) {
                String mapping = port.toString();
                String[] parts = mapping.split(":");
                published.put(Integer.parseInt(parts[parts.length - 2]), name + " " + mapping);
                if (!name.equals("story-service")) {
                    assertThat(mapping).as(name + " publishes " + mapping).startsWith("127.0.0.1:");
                }
            }
        });
        assertThat(promised).as("the README's table has every published port").containsKeys(published.keySet().toArray(Integer[]::new));
        for (var row : promised.entrySet()) {
            int port = row.getKey();
            if (published.containsKey(port)) {
                continue;
            }
            // Not published: inside the network only, as the README says, and set as the service's port.
            assertThat(row.getValue()).as("port " + port).contains("inside the network only");
            assertThat(composeText).as("port " + port).contains("\"" + port + "\"");
        }
        assertThat(published.get(8080)).startsWith("story-service 8080:8080");
        for (int i = 1; i < STORYREEL_SERVICES.size(); i++) {
            String service = STORYREEL_SERVICES.get(i);
            String port = String.valueOf(8080 + i);
            assertThat(map(services.get(service), "environment").get("SERVER_PORT")).as(service).isEqualTo(port);
            assertThat(promised.get(8080 + i)).as("README row for " + port).startsWith(service);
        }
    }

    @Test
    void everyVariableTheReadmeNamesReachesComposeAndTheSecretsHaveNoDefault() {
        List<String> variables = new ArrayList<>();
        Matcher names = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(String.join("\n", table("## Configuration").keySet()));
        while (names.find()) {
            variables.add(names.group(1));
        }
        assertThat(variables).contains("MINIO_ROOT_PASSWORD", "STORYREEL_API_KEYS", "ELEVENLABS_CONCURRENCY");
        assertThat(variables).allSatisfy(variable -> assertThat(composeText).as(variable).contains("${" + variable));
        assertThat(composeText).contains("${MINIO_ROOT_PASSWORD:?").contains("${STORYREEL_API_KEYS:?")
                .doesNotContain("${MINIO_ROOT_PASSWORD:-").doesNotContain("${STORYREEL_API_KEYS:-");
    }

    @Test
    void kafkaMongoMinioAndPrometheusKeepTheirDataInNamedVolumes() {
        Map<String, String> volumeOf = Map.of("kafka", "kafka-data", "mongo", "mongo-data", "minio", "minio-data",
                "prometheus", "prometheus-data");
        assertThat(volumes).containsKeys(volumeOf.values().toArray(String[]::new));
        volumeOf.forEach((service, volume) -> assertThat(list(services.get(service), "volumes"))
                .as(service).anySatisfy(mount -> assertThat(mount.toString()).startsWith(volume + ":")));
    }

    @Test
    void prometheusScrapesEveryServiceAtItsActuatorPort() throws IOException {
        Map<String, Object> config = new Yaml().load(Files.readString(ROOT.resolve("deploy/docker/prometheus/prometheus.yml")));
        Map<String, String> targets = new LinkedHashMap<>();
        for (Object job : (List<?>) config.get("scrape_configs")) {
            Map<?, ?> scrape = (Map<?, ?>) job;
            Map<?, ?> statics = (Map<?, ?>) ((List<?>) scrape.get("static_configs")).getFirst();
            targets.put(scrape.get("job_name").toString(), ((List<?>) statics.get("targets")).getFirst().toString());
        }
        for (String service : STORYREEL_SERVICES) {
            Map<String, Object> environment = map(services.get(service), "environment");
            Object port = environment.getOrDefault("MANAGEMENT_SERVER_PORT", environment.get("SERVER_PORT"));
            assertThat(targets.get(service)).as(service).isEqualTo(service + ":" + port);
        }
    }

    /** The rows of the README table under {@code heading}: first cell to second cell, without the header. */
    private static Map<String, String> table(String heading) {
        String section = readme.substring(readme.indexOf(heading));
        Map<String, String> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : section.lines().skip(1).toList()) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = line.split("\\|");
            String first = cells[1].trim();
            if (first.isEmpty() || first.startsWith("---") || first.equals("port") || first.equals("variable")) {
                continue;
            }
            rows.put(first, cells[2].trim() + (cells.length > 3 ? " | " + cells[3].trim() : ""));
        }
        assertThat(rows).as("the table under " + heading).isNotEmpty();
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, ?> parent, String key) {
        assertThat(parent).as(key).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    private static List<?> list(Map<String, ?> parent, String key) {
        assertThat(parent).as(key).containsKey(key);
        return (List<?>) parent.get(key);
    }
}
