package com.storyreel.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An S3-API server (S3Proxy) storing objects as files under a directory. */
public final class LocalS3 implements TestStack.S3, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalS3.class);

    private final Path dir;
    private final URI endpoint;
    private final String accessKey;
    private final String secretKey;
    private S3Proxy proxy;

    private LocalS3(Path dir, URI endpoint, String accessKey, String secretKey) {
        this.dir = dir;
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.proxy = serve();
    }

    public static LocalS3 start(Path dir, String host, int port, LocalS3Credentials credentials) {
        try {
            Files.createDirectories(dir);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        URI endpoint = URI.create("http://" + host + ":" + (port == 0 ? FreePorts.next() : port));
        LocalS3 s3 = new LocalS3(dir, endpoint, credentials.accessKey(), credentials.secretKey());
        log.info("S3-API server listening on {} with its objects in {}", endpoint, dir);
        return s3;
    }

    private S3Proxy serve() {
        S3Proxy started = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(dir.toAbsolutePath().toString()))
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                // The studio page reads a story's captions from their presigned link, on another origin (as MinIO allows by default).
                .corsRules(new CrossOriginResourceSharing(List.of("*"), List.of("GET", "HEAD"), List.of(), List.of(), "false"))
                .build();
        try {
            started.start();
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not start the S3 server on " + endpoint, ex);
        }
        return started;
    }

    /** Stops answering until {@link #resume()}, as a failing object store does (fault tests). */
    public synchronized void stop() throws Exception {
        proxy.stop();
        log.info("S3-API server on {} stopped", endpoint);
    }

    /** Answers again on the same endpoint, with the objects it had. */
    public synchronized void resume() {
        proxy = serve();
        log.info("S3-API server on {} is back", endpoint);
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public String accessKey() {
        return accessKey;
    }

    @Override
    public String secretKey() {
        return secretKey;
    }

    @Override
    public synchronized void close() throws Exception {
        proxy.stop();
    }
}
