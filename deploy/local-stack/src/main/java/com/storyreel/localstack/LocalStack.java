package com.storyreel.localstack;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka, MongoDB-wire and S3-API servers started together. With a data directory every server keeps
 * its state in files under it; without one (tests) Kafka and S3 use a temporary directory and MongoDB
 * lives in memory.
 */
public final class LocalStack implements TestStack, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final LocalKafka kafka;
    private final LocalMongo mongo;
    private final LocalS3 s3;

    private LocalStack(LocalKafka kafka, LocalMongo mongo, LocalS3 s3) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.s3 = s3;
    }

    /**
     * Starts the three servers.
     * @param dataDir where state lives
     * @param persistentMongo false keeps MongoDB in memory (fast tests)
     * @param host the address the broker and the S3 server listen on (loopback unless they must be reached from elsewhere)
     * @param kafkaPort the broker port, 0 for any free port
     * @param s3Port the S3 port, 0 for any free port (a fixed port keeps handed-out links working across restarts)
     */
    public static LocalStack start(Path dataDir, boolean persistentMongo, String host, int kafkaPort, int s3Port) {
        long started = System.nanoTime();
        LocalKafka kafka = LocalKafka.start(dataDir.resolve("kafka"), host, kafkaPort);
        LocalMongo mongo = LocalMongo.start(persistentMongo ? dataDir.resolve("mongo") : null, "127.0.0.1", 0);
        LocalS3 s3 = LocalS3.start(dataDir.resolve("s3"), host, s3Port, LocalS3Credentials.of(dataDir));
        log.info("Local stack up in {} ms", (System.nanoTime() - started) / 1_000_000);
        return new LocalStack(kafka, mongo, s3);
    }

    @Override
    public LocalKafka kafka() {
        return kafka;
    }

    @Override
    public LocalMongo mongo() {
        return mongo;
    }

    @Override
    public LocalS3 s3() {
        return s3;
    }

    @Override
    public void close() {
        closeQuietly(s3);
        closeQuietly(mongo);
        closeQuietly(kafka);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        }
        catch (Exception ex) {
            log.warn("Could not stop {} cleanly", closeable.getClass().getSimpleName(), ex);
        }
    }
}
