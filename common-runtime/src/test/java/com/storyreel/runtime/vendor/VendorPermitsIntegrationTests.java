package com.storyreel.runtime.vendor;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.storyreel.runtime.stories.StoryDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The permits every replica shares, on the MongoDB-wire server. */
class VendorPermitsIntegrationTests {

    private final MongoTemplate mongo = StoryDocuments.sharedDatabase();

    @Test
    void callsFromTwoReplicasNeverHoldMoreThanThePermitsAtOnce() throws Exception {
        String vendor = "acme-" + UUID.randomUUID();
        VendorPermits.Pool first = new VendorPermits(mongo).pool(vendor, 2, Duration.ofMinutes(1), Duration.ofSeconds(30));
        VendorPermits.Pool second = new VendorPermits(mongo).pool(vendor, 2, Duration.ofMinutes(1), Duration.ofSeconds(30));
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch twoIn = new CountDownLatch(2);

        try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
            var calls = new java.util.ArrayList<Future<Integer>>();
            for (int i = 0; i < 6; i++) {
                VendorPermits.Pool replica = i % 2 == 0 ? first : second;
                calls.add(threads.submit(() -> replica.call(() -> {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    twoIn.countDown();
                    try {
                        // Held until two are in, so the bound is reached however the threads are scheduled.
                        twoIn.await(30, TimeUnit.SECONDS);
                        return 1;
                    }
                    catch (InterruptedException ex) {
                        throw new IllegalStateException(ex);
                    }
                    finally {
                        inFlight.decrementAndGet();
                    }
                })));
            }
            for (Future<Integer> call : calls) {
                assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo(1);
            }
        }
        assertThat(most).hasValue(2);
    }

    @Test
    void aPermitWhoseHolderDiedIsTakenOnceItsLeaseRunsOutAndABusyPoolFailsRetryably() {
        String vendor = "acme-" + UUID.randomUUID();
        VendorPermits permits = new VendorPermits(mongo);
        VendorPermits.Pool shortWait = permits.pool(vendor, 1, Duration.ofMinutes(10), Duration.ofMillis(200));
        // A replica died holding the only permit, taken long ago by the server's clock.
        mongo.getCollection(VendorPermits.COLLECTION).updateOne(Filters.eq("_id", vendor + "/0"),
                Updates.combine(Updates.set("holder", "dead-replica"), Updates.set("leaseMs", 60_000L),
                        Updates.set("takenAt", new java.util.Date(System.currentTimeMillis() - 120_000))));

        assertThat(shortWait.call(() -> "spoken")).isEqualTo("spoken");

        mongo.getCollection(VendorPermits.COLLECTION).updateOne(Filters.eq("_id", vendor + "/0"),
                Updates.combine(Updates.set("holder", "live-replica"), Updates.currentDate("takenAt")));
        assertThatThrownBy(() -> shortWait.call(() -> "spoken")).isInstanceOfSatisfying(VendorException.class, failure -> {
            assertThat(failure.retryable()).isTrue();
            assertThat(failure).hasMessageContaining("all 1 permits for concurrent requests stayed taken");
        });
    }
}
