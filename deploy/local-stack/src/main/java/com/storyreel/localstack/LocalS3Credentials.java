package com.storyreel.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The local S3 server's credentials: generated at random the first time a data folder is used, kept in
 * {@code s3-credentials.properties} in it (readable by its owner only) and reused on every later start,
 * so links and clients keep working across restarts and no two folders share a secret.
 */
public record LocalS3Credentials(String accessKey, String secretKey) {

    static final String FILE = "s3-credentials.properties";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The folder's credentials, made now if it has none yet. */
    public static LocalS3Credentials of(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            if (Files.notExists(file)) {
                create(file);
            }
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            String accessKey = properties.getProperty("access-key");
            String secretKey = properties.getProperty("secret-key");
            if (accessKey == null || accessKey.isBlank() || secretKey == null || secretKey.isBlank()) {
                throw new IllegalStateException(file + " has no access-key or secret-key; delete it to make new ones");
            }
            return new LocalS3Credentials(accessKey, secretKey);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read or make the S3 credentials in " + file, ex);
        }
    }

    private static void create(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("access-key", "storyreel-" + random(6));
        properties.setProperty("secret-key", random(24));
        Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "The local S3 server's credentials, made once for this data folder");
            }
            Files.move(temporary, file);
        }
        catch (FileAlreadyExistsException ex) {
            // Another start made the file meanwhile: its credentials stand.
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    @Override
    public String toString() {
        return "LocalS3Credentials[accessKey=" + accessKey + ", secretKey=***]";
    }
}
