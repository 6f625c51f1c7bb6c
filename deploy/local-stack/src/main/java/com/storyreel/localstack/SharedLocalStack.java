package com.storyreel.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stack per JVM for integration tests, started on first use and stopped when the JVM exits. Test
 * classes share it and keep apart by using their own story ids and consumer groups.
 *
 * <p>By default it is the embedded {@link LocalStack} in a temporary directory (MongoDB in memory). With
 * {@code -Dstoryreel.test.stack=containers} (or {@code STORYREEL_TEST_STACK=containers}) it is Kafka, MongoDB
 * and MinIO in containers, from the {@link ContainerStarter} on the test classpath (the container-stack
 * module), where a Docker engine exists; without one the embedded stack runs instead, so nothing is skipped.
 */
public final class SharedLocalStack {

    /** The system property that asks for containers. */
    public static final String MODE = "storyreel.test.stack";

    private static final Logger log = LoggerFactory.getLogger(SharedLocalStack.class);

    private static TestStack stack;

    private SharedLocalStack() {
    }

    public static synchronized TestStack get() {
        if (stack == null) {
            stack = containersAsked() ? containers().orElseGet(SharedLocalStack::embedded) : embedded();
        }
        return stack;
    }

    /** Starts the stack's containers where a Docker engine exists; empty where none does. */
    public interface ContainerStarter {
        Optional<TestStack> start();
    }

    private static boolean containersAsked() {
        String mode = System.getProperty(MODE, System.getenv("STORYREEL_TEST_STACK"));
        return "containers".equals(mode);
    }

    private static Optional<TestStack> containers() {
        var starters = ServiceLoader.load(ContainerStarter.class).stream().map(ServiceLoader.Provider::get).toList();
        if (starters.isEmpty()) {
            throw new IllegalStateException(MODE + "=containers needs the container-stack module on the test classpath");
        }
        Optional<TestStack> started = starters.getFirst().start();
        if (started.isEmpty()) {
            log.warn("{}=containers, but no Docker engine was found: the tests run on the embedded servers", MODE);
        }
        return started;
    }

    private static TestStack embedded() {
        try {
            Path dir = Files.createTempDirectory("storyreel-test-stack");
            LocalStack local = LocalStack.start(dir, false, "127.0.0.1", 0, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(local::close, "local-stack-shutdown"));
            return local;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
