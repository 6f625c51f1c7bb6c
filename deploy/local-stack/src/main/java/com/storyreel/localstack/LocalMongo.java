package com.storyreel.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire-compatible server (mongo-java-server) backed by an H2 MVStore file, or by memory
 * when no directory is given.
 */
public final class LocalMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalMongo.class);

    private final MongoServer server;
    private final String connectionString;

    private LocalMongo(MongoServer server, String connectionString) {
        this.server = server;
        this.connectionString = connectionString;
    }

    public static LocalMongo start(Path dir, String host, int port) {
        MongoBackend backend;
        if (dir == null) {
            backend = H2Backend.inMemory();
        }
        else {
            try {
                Files.createDirectories(dir);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            backend = new DurableH2Backend(dir.resolve("storyreel.mv").toString());
        }
        MongoServer server = new MongoServer(backend);
        server.bind(host, port == 0 ? FreePorts.next() : port);
        var address = server.getLocalAddress();
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        log.info("MongoDB-wire server listening on {} ({})", uri, dir == null ? "in memory" : dir);
        return new LocalMongo(server, uri);
    }

    /** The connection string without a database name. */
    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
