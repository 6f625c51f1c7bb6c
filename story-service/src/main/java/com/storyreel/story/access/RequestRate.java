package com.storyreel.story.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per minute per caller, as a token bucket: a caller may spend a minute's allowance at once,
 * and it refills evenly over the minute. Counted in this replica's memory, so with N replicas behind a
 * balancer a key may make up to N times the limit.
 */
public final class RequestRate {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final long perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RequestRate(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one request from the caller's allowance; when none is left, how long until one is. */
    public Optional<Duration> take(Caller caller) {
        long now = Duration.ofMillis(clock.millis()).toNanos();
        Bucket bucket = buckets.computeIfAbsent(caller.name(), name -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.refill(now, perMinute);
            if (bucket.tokens >= MINUTE_NANOS) {
                bucket.tokens -= MINUTE_NANOS;
                return Optional.empty();
            }
            long missing = MINUTE_NANOS - bucket.tokens;
            return Optional.of(Duration.ofNanos(Math.ceilDiv(missing, perMinute)));
        }
    }

    /** Token units: a request costs one minute of nanos; a minute adds {@code perMinute} requests' worth. */
    private static final class Bucket {

        private long tokens;
        private long refilledAt;

        Bucket(long perMinute, long now) {
            this.tokens = perMinute * MINUTE_NANOS;
            this.refilledAt = now;
        }

        void refill(long now, long perMinute) {
            long elapsed = Math.max(0, now - refilledAt);
            long full = perMinute * MINUTE_NANOS;
            tokens = elapsed >= MINUTE_NANOS ? full : Math.min(full, tokens + elapsed * perMinute);
            refilledAt = now;
        }
    }
}
