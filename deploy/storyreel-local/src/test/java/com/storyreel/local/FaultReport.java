package com.storyreel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The figures of the fault suite's and the benchmarks' runs, appended to {@code target/fault-suite.txt}: docs/reliability.md
 * and docs/benchmarks.md
 * quotes them, and they survive the logging a test's in-process services stop when they close.
 */
final class FaultReport {

    private static final Path FILE = Path.of("target", "fault-suite.txt");

    private FaultReport() {
    }

    static void record(String run, String format, Object... values) {
        String line = Instant.now() + " " + run + ": " + format.formatted(values) + System.lineSeparator();
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
