package com.storyreel.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

import com.storyreel.audio.AudioServiceApplication;
import com.storyreel.image.SceneImageServiceApplication;
import com.storyreel.localstack.LocalStack;
import com.storyreel.merge.MergeServiceApplication;
import com.storyreel.render.RenderServiceApplication;
import com.storyreel.story.StoryServiceApplication;
import com.storyreel.video.SceneVideoServiceApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The whole product in one JVM: the local stack (Kafka, MongoDB-wire, S3) and the six services, each
 * a Spring application of its own with its real Kafka bindings, exactly as they run when deployed
 * apart. The gateway serves the API; each stage service serves only its actuator, on loopback, so
 * Prometheus scrapes every service as it does in compose.
 */
public final class LocalServices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalServices.class);

    private static final List<Class<?>> STAGE_SERVICES = List.of(SceneImageServiceApplication.class,
            AudioServiceApplication.class, SceneVideoServiceApplication.class, MergeServiceApplication.class,
            RenderServiceApplication.class);

    private final LocalStack stack;
    private final SequencedMap<Class<?>, ConfigurableApplicationContext> services;
    private final String gatewayUrl;
    private final String metricsUrl;
    private final Map<String, Object> shared;
    private final int stageMetricsPort;

    private LocalServices(LocalStack stack, SequencedMap<Class<?>, ConfigurableApplicationContext> services,
            String gatewayUrl, String metricsUrl, Map<String, Object> shared, int stageMetricsPort) {
        this.stack = stack;
        this.services = services;
        this.gatewayUrl = gatewayUrl;
        this.metricsUrl = metricsUrl;
        this.shared = shared;
        this.stageMetricsPort = stageMetricsPort;
    }

    /**
     * Where everything listens; a port of 0 picks a free one.
     *
     * @param host the gateway's address
     * @param metricsPort the gateway's actuator port on 127.0.0.1 when API keys are set (without keys the
     *        actuator stays on the gateway's port, which is then loopback only)
     * @param stageMetricsPort the first stage service's actuator port on 127.0.0.1, the next ones following
     *        in {@link #STAGE_SERVICES} order; 0 gives each a free port
     * @param stackHost where Kafka and S3 listen
     */
    public record Addresses(String host, int gatewayPort, int metricsPort, int stageMetricsPort, String stackHost,
            int kafkaPort, int s3Port) {

        /** Everything on loopback, on free ports. */
        public static Addresses loopback() {
            return new Addresses("127.0.0.1", 0, 0, 0, "127.0.0.1", 0, 0);
        }
    }

    /** Starts everything; state lives under {@code dataDir}. */
    public static LocalServices start(Path dataDir, Addresses addresses, Map<String, Object> extraProperties) {
        long started = System.nanoTime();
        LocalStack stack = LocalStack.start(dataDir, true, addresses.stackHost(), addresses.kafkaPort(), addresses.s3Port());
        SequencedMap<Class<?>, ConfigurableApplicationContext> services = new LinkedHashMap<>();
        Map<String, Object> shared = new LinkedHashMap<>(stack.springProperties());
        try {
            // The embedded MongoDB-wire server does not implement 'hello', which Boot's Mongo health check sends.
            shared.put("management.health.mongodb.enabled", "false");
            shared.putAll(extraProperties);
            // The stages first, so their consumer groups exist before the gateway accepts work.
            for (Class<?> service : STAGE_SERVICES) {
                services.put(service, run(service, shared, WebApplicationType.SERVLET,
                        actuatorOnly(service, addresses.stageMetricsPort())));
            }
            Map<String, Object> gateway = new LinkedHashMap<>(Map.of("server.port", addresses.gatewayPort(),
                    "server.address", addresses.host()));
            if (hasApiKeys(extraProperties)) {
                // With keys every gateway path needs one; metrics are scraped from loopback on a port of their own.
                gateway.put("management.server.port", addresses.metricsPort());
                gateway.put("management.server.address", "127.0.0.1");
            }
            services.put(StoryServiceApplication.class, run(StoryServiceApplication.class, shared,
                    WebApplicationType.SERVLET, gateway));
        }
        catch (RuntimeException ex) {
            services.sequencedValues().reversed().forEach(ConfigurableApplicationContext::close);
            stack.close();
            throw ex;
        }
        var environment = services.get(StoryServiceApplication.class).getEnvironment();
        String port = environment.getProperty("local.server.port", String.valueOf(addresses.gatewayPort()));
        String gatewayUrl = "http://" + addresses.host() + ":" + port;
        String managementPort = environment.getProperty("local.management.port");
        String metricsUrl = (managementPort == null ? gatewayUrl : "http://127.0.0.1:" + managementPort) + "/actuator/prometheus";
        log.info("StoryReel is up in {} s: gateway {}, Kafka {}", String.format("%.1f", (System.nanoTime() - started) / 1e9),
                gatewayUrl, stack.kafka().bootstrapServers());
        return new LocalServices(stack, services, gatewayUrl, metricsUrl, shared, addresses.stageMetricsPort());
    }

    /** A stage service's web server: loopback only, where it serves nothing but its actuator. */
    private static Map<String, Object> actuatorOnly(Class<?> stageService, int firstPort) {
        int port = firstPort == 0 ? 0 : firstPort + STAGE_SERVICES.indexOf(stageService);
        return Map.of("server.port", port, "server.address", "127.0.0.1");
    }

    private static boolean hasApiKeys(Map<String, Object> extraProperties) {
        Object keys = extraProperties.getOrDefault("storyreel.access.keys", System.getenv("STORYREEL_API_KEYS"));
        return keys != null && Options.firstApiKey(keys.toString()).isPresent();
    }

    /**
     * Stops one stage service and starts it again, as a redeploy does: whatever it was doing is picked
     * up from the ledger, the vendor jobs and Kafka.
     */
    void restart(Class<?> stageService) {
        if (!STAGE_SERVICES.contains(stageService)) {
            throw new IllegalArgumentException(stageService.getSimpleName() + " is not a stage service");
        }
        services.get(stageService).close();
        services.put(stageService, run(stageService, shared, WebApplicationType.SERVLET,
                actuatorOnly(stageService, stageMetricsPort)));
    }

    private static ConfigurableApplicationContext run(Class<?> application, Map<String, Object> shared,
            WebApplicationType web, Map<String, Object> own) {
        Map<String, Object> properties = new LinkedHashMap<>(shared);
        properties.putAll(own);
        ClassLoader loader = new ServiceConfigLoader(application, LocalServices.class.getClassLoader());
        // As command-line arguments: they outrank every other source, as the launcher's settings must.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(application)
                .resourceLoader(new DefaultResourceLoader(loader))
                .web(web)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .registerShutdownHook(false)
                .run(args);
    }

    /** The Kafka, MongoDB-wire and S3 servers (fault tests stop and restart them). */
    LocalStack stack() {
        return stack;
    }

    /** A running service's application context (tests read its metrics). */
    ConfigurableApplicationContext service(Class<?> application) {
        return services.get(application);
    }

    public String gatewayUrl() {
        return gatewayUrl;
    }

    /** Where Prometheus scrapes the gateway. */
    public String metricsUrl() {
        return metricsUrl;
    }

    /**
     * Where Prometheus scrapes each service, by its name ({@code spring.application.name}, also the
     * {@code application} tag of its series): the gateway first, then the stages in pipeline order.
     */
    public SequencedMap<String, String> metricsUrls() {
        SequencedMap<String, String> urls = new LinkedHashMap<>();
        urls.put(name(services.get(StoryServiceApplication.class)), metricsUrl);
        for (Class<?> stage : STAGE_SERVICES) {
            ConfigurableApplicationContext service = services.get(stage);
            urls.put(name(service), "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port")
                    + "/actuator/prometheus");
        }
        return urls;
    }

    private static String name(ConfigurableApplicationContext service) {
        return service.getEnvironment().getProperty("spring.application.name");
    }

    public String kafkaBootstrapServers() {
        return stack.kafka().bootstrapServers();
    }

    public String s3Endpoint() {
        return stack.s3().endpoint().toString();
    }

    public String mongoConnectionString() {
        return stack.mongo().connectionString();
    }

    /** Stops the gateway first, then the stages, then the servers, letting in-flight records finish. */
    @Override
    public void close() {
        for (ConfigurableApplicationContext service : services.sequencedValues().reversed()) {
            try {
                service.close();
            }
            catch (RuntimeException ex) {
                log.warn("Could not stop {} cleanly", service.getId(), ex);
            }
        }
        stack.close();
    }
}
