package com.storyreel.local;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.SequencedSet;

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

    /** The six services by name ({@code spring.application.name}, also their module's): the gateway, then the stages in pipeline order. */
    private static final SequencedMap<String, Class<?>> APPLICATIONS = applications();

    private static final List<Class<?>> STAGE_SERVICES = List.copyOf(APPLICATIONS.sequencedValues()).subList(1, APPLICATIONS.size());

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
        Map<String, Object> shared = new LinkedHashMap<>(ServiceEnvironment.of(stack, extraProperties).properties());
        try {
            // The stages first, so their consumer groups exist before the gateway accepts work.
            for (Class<?> service : STAGE_SERVICES) {
                services.put(service, run(service, with(shared, stageWebServer(stagePort(service, addresses.stageMetricsPort())))));
            }
            services.put(StoryServiceApplication.class, run(StoryServiceApplication.class, with(shared,
                    gatewayWebServer(addresses.host(), addresses.gatewayPort(), addresses.metricsPort(), hasApiKeys(extraProperties)))));
        }
        catch (RuntimeException ex) {
            services.sequencedValues().reversed().forEach(ConfigurableApplicationContext::close);
            stack.close();
            throw ex;
        }
        ConfigurableApplicationContext gateway = services.get(StoryServiceApplication.class);
        String gatewayUrl = webUrl(gateway, addresses.host());
        log.info("StoryReel is up in {} s: gateway {}, Kafka {}", String.format("%.1f", (System.nanoTime() - started) / 1e9),
                gatewayUrl, stack.kafka().bootstrapServers());
        return new LocalServices(stack, services, gatewayUrl, metricsUrl(gateway, addresses.host()), shared,
                addresses.stageMetricsPort());
    }

    private static SequencedMap<String, Class<?>> applications() {
        SequencedMap<String, Class<?>> applications = new LinkedHashMap<>();
        applications.put("story-service", StoryServiceApplication.class);
        applications.put("scene-image-service", SceneImageServiceApplication.class);
        applications.put("audio-service", AudioServiceApplication.class);
        applications.put("scene-video-service", SceneVideoServiceApplication.class);
        applications.put("merge-service", MergeServiceApplication.class);
        applications.put("render-service", RenderServiceApplication.class);
        return applications;
    }

    /** A service's application class by its name ({@code story-service}, {@code scene-image-service}, ...). */
    static Optional<Class<?>> application(String name) {
        return Optional.ofNullable(APPLICATIONS.get(name));
    }

    /** The services' names: the gateway first, then the stages in pipeline order. */
    static SequencedSet<String> names() {
        return Collections.unmodifiableSequencedSet(APPLICATIONS.sequencedKeySet());
    }

    /** A stage service's web server: loopback only, where it serves nothing but its actuator; port 0 is a free one. */
    static Map<String, Object> stageWebServer(int port) {
        return Map.of("server.port", port, "server.address", "127.0.0.1");
    }

    /**
     * The gateway's web server on {@code host}; with API keys every gateway path needs one, so metrics are
     * scraped from loopback on a port of their own.
     */
    static Map<String, Object> gatewayWebServer(String host, int port, int metricsPort, boolean apiKeys) {
        Map<String, Object> server = new LinkedHashMap<>(Map.of("server.port", port, "server.address", host));
        if (apiKeys) {
            server.put("management.server.port", metricsPort);
            server.put("management.server.address", "127.0.0.1");
        }
        return server;
    }

    private static int stagePort(Class<?> stageService, int firstPort) {
        return firstPort == 0 ? 0 : firstPort + STAGE_SERVICES.indexOf(stageService);
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
        services.put(stageService, run(stageService, with(shared, stageWebServer(stagePort(stageService, stageMetricsPort)))));
    }

    /**
     * The one way a service runs, in this JVM beside the others ({@code serve}) or alone ({@code service}):
     * a Spring application reading its own application.yml, with {@code properties} over everything else
     * (the process environment included).
     */
    static ConfigurableApplicationContext run(Class<?> application, Map<String, Object> properties) {
        ClassLoader loader = new ServiceConfigLoader(application, LocalServices.class.getClassLoader());
        // As command-line arguments: they outrank every other source, as the launcher's settings must.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(application)
                // Boot names the class it deduces from the stack (the launcher) in "Started ..." otherwise.
                .main(application)
                .resourceLoader(new DefaultResourceLoader(loader))
                .web(WebApplicationType.SERVLET)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .registerShutdownHook(false)
                .run(args);
    }

    private static Map<String, Object> with(Map<String, Object> shared, Map<String, Object> own) {
        Map<String, Object> properties = new LinkedHashMap<>(shared);
        properties.putAll(own);
        return properties;
    }

    /** Where a running service's web server answers, as reached at {@code host}. */
    static String webUrl(ConfigurableApplicationContext service, String host) {
        return "http://" + host + ":" + service.getEnvironment().getProperty("local.server.port");
    }

    /** Where Prometheus scrapes a running service: its management port on loopback when it has one, else its web server. */
    static String metricsUrl(ConfigurableApplicationContext service, String host) {
        String managementPort = service.getEnvironment().getProperty("local.management.port");
        return (managementPort == null ? webUrl(service, host) : "http://127.0.0.1:" + managementPort) + "/actuator/prometheus";
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
            urls.put(name(service), metricsUrl(service, "127.0.0.1"));
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
