package com.storyreel.runtime.vendor;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.storyreel.runtime.leases.ServerTimeLease;

/**
 * The concurrent requests a vendor's plan allows, held across every replica of every service: permit
 * documents {@code <vendor>/0 .. <vendor>/N-1} in {@code vendor_permits}. A call takes a free permit with a
 * conditional update (free, or its holder's lease ran out by the database's clock) and gives it back
 * after. The lease outlasts the longest call, so a replica that dies holding a permit frees it within
 * that time without anything renewing it. A Resilience4j bulkhead bounds one replica; these bound all.
 */
public class VendorPermits {

    static final String COLLECTION = "vendor_permits";

    private static final Duration FIRST_WAIT = Duration.ofMillis(50);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

    private final MongoTemplate mongo;

    public VendorPermits(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The permits of one vendor.
     *
     * @param permits how many requests may be in flight at once across all replicas
     * @param lease how long a permit holds: longer than any one call may take
     * @param maxWait how long a call waits for a permit before failing (retryably)
     */
    public Pool pool(String vendor, int permits, Duration lease, Duration maxWait) {
        if (permits < 1) {
            throw new IllegalArgumentException(vendor + " needs at least one permit (was " + permits + ")");
        }
        for (int i = 0; i < permits; i++) {
            try {
                permits().insertOne(new Document("_id", vendor + "/" + i).append("vendor", vendor));
            }
            catch (MongoWriteException ex) {
                if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw ex;
                }
            }
        }
        return new Pool(vendor, permits, lease, maxWait);
    }

    private MongoCollection<Document> permits() {
        return mongo.getCollection(COLLECTION);
    }

    /** One vendor's permits. */
    public final class Pool {

        private final String vendor;
        private final int permits;
        private final Duration lease;
        private final Duration maxWait;

        private Pool(String vendor, int permits, Duration lease, Duration maxWait) {
            this.vendor = vendor;
            this.permits = permits;
            this.lease = lease;
            this.maxWait = maxWait;
        }

        /** Makes {@code call} holding a permit, waiting for one up to the pool's maximum wait. */
        public <T> T call(Supplier<T> call) {
            String holder = UUID.randomUUID().toString();
            String permit = take(holder);
            try {
                return call.get();
            }
            finally {
                permits().updateOne(Filters.and(Filters.eq("_id", permit), Filters.eq("holder", holder)),
                        Updates.combine(Updates.unset("holder"), Updates.unset("takenAt")));
            }
        }

        private String take(String holder) {
            long giveUpAt = System.nanoTime() + maxWait.toNanos();
            Duration wait = FIRST_WAIT;
            while (true) {
                // From a random permit, so replicas waiting together do not all race for the first one.
                int start = ThreadLocalRandom.current().nextInt(permits);
                for (int i = 0; i < permits; i++) {
                    String permit = vendor + "/" + (start + i) % permits;
                    if (tryTake(permit, holder)) {
                        return permit;
                    }
                }
                if (System.nanoTime() - giveUpAt >= 0) {
                    throw VendorException.retryable(vendor, "all " + permits + " permits for concurrent requests stayed"
                            + " taken across the replicas for " + maxWait.toSeconds() + " s", (Throwable) null);
                }
                pause(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }

        private boolean tryTake(String permit, String holder) {
            return permits().updateOne(Filters.and(Filters.eq("_id", permit),
                            Filters.or(Filters.exists("holder", false), ServerTimeLease.over("takenAt"))),
                    Updates.combine(Updates.set("holder", holder), Updates.set("leaseMs", lease.toMillis()),
                            Updates.currentDate("takenAt"))).getModifiedCount() == 1;
        }

        private void pause(Duration wait) {
            try {
                Thread.sleep(wait);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw VendorException.retryable(vendor, "stopped while waiting for a permit", ex);
            }
        }
    }
}
