package com.storyreel.runtime.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary working directory for one unit of media work, deleted with everything in it on close. */
public final class Scratch implements AutoCloseable {

    private final Path dir;

    private Scratch(Path dir) {
        this.dir = dir;
    }

    public static Scratch create(String prefix) {
        try {
            return new Scratch(Files.createTempDirectory("storyreel-" + prefix + "-"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ignored) {
            // A leftover temp directory is harmless; the OS cleans its temp space.
        }
    }
}
