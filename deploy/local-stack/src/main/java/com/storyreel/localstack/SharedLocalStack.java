package com.storyreel.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One local stack per JVM for integration tests: started on first use in a temporary directory
 * (MongoDB in memory), stopped when the JVM exits. Test classes share it and keep apart by using
 * their own story ids and consumer groups.
 */
public final class SharedLocalStack {

    private static LocalStack stack;

    private SharedLocalStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            try {
                Path dir = Files.createTempDirectory("storyreel-test-stack");
                stack = LocalStack.start(dir, false, "127.0.0.1", 0, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return stack;
    }
}
