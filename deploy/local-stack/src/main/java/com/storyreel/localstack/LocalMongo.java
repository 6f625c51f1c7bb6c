package com.storyreel.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
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
public final class LocalMongo implements TestStack.Mongo, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalMongo.class);

    private final Path dir;
    private final InetSocketAddress address;
    private MongoServer server;

    private LocalMongo(Path dir, MongoServer server) {
        this.dir = dir;
        this.server = server;
        this.address = server.getLocalAddress();
    }

    public static LocalMongo start(Path dir, String host, int port) {
        if (dir != null) {
            try {
                Files.createDirectories(dir);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        LocalMongo mongo = new LocalMongo(dir, serve(dir, host, port == 0 ? FreePorts.next() : port));
        log.info("MongoDB-wire server listening on {} ({})", mongo.connectionString(), dir == null ? "in memory" : dir);
        return mongo;
    }

    private static MongoServer serve(Path dir, String host, int port) {
        MongoBackend backend = dir == null ? H2Backend.inMemory() : new DurableH2Backend(dir.resolve("storyreel.mv").toString());
        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        return server;
    }

    /** Stops answering until {@link #resume()}, as an unreachable database does (fault tests; needs a data directory). */
    public synchronized void stop() {
        if (dir == null) {
            throw new IllegalStateException("An in-memory MongoDB-wire server would lose its data when stopped");
        }
        server.shutdown();
        log.info("MongoDB-wire server on {} stopped", connectionString());
    }

    /** Answers again on the same address, with the data it had. */
    public synchronized void resume() {
        server = serve(dir, address.getHostString(), address.getPort());
        log.info("MongoDB-wire server on {} is back", connectionString());
    }

    /** The connection string without a database name. */
    @Override
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public synchronized void close() {
        server.shutdown();
    }
}
