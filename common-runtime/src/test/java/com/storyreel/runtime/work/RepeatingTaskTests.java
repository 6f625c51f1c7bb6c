package com.storyreel.runtime.work;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RepeatingTaskTests {

    @Test
    void aFailedRunDoesNotEndTheSchedule() {
        AtomicInteger runs = new AtomicInteger();
        RepeatingTask task = new RepeatingTask("test-repeat", Duration.ofMillis(10), "Failing on purpose", () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the store is down");
        });
        task.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
        }
        finally {
            task.stop();
        }
    }

    @Test
    void stoppingInterruptsARunInProgressAndEndsTheSchedule() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        RepeatingTask task = new RepeatingTask("test-repeat", Duration.ofMillis(10), "Waiting", () -> {
            runs.incrementAndGet();
            running.countDown();
            try {
                new CountDownLatch(1).await();
            }
            catch (InterruptedException ex) {
                interrupted.set(true);
            }
        });
        task.start();
        assertThat(task.running()).isTrue();
        running.await();

        task.stop();

        assertThat(task.running()).isFalse();
        await().atMost(Duration.ofSeconds(5)).untilTrue(interrupted);
        assertThat(runs).hasValue(1);
    }
}
