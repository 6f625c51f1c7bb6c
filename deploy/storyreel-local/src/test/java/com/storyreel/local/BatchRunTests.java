package com.storyreel.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchRunTests {

    private static final GatewayClient GATEWAY = new GatewayClient("http://127.0.0.1:9", Optional.empty());
    private static final Map<String, Object> BODY = Map.of("stories", List.of(Map.of("prompt", "a fox who wants to fly")));

    @Test
    void theSameRequestsAtTheSamePlaceGetTheSameIdempotencyKeyInEveryRun() {
        assertThat(run("").idempotencyKey(0, BODY)).isEqualTo(run("").idempotencyKey(0, BODY)).startsWith("make-batch-");
    }

    @Test
    void anotherPlaceOtherRequestsOrAnAgainRunGetAnotherKey() {
        String key = run("").idempotencyKey(0, BODY);

        assertThat(run("").idempotencyKey(1, BODY)).isNotEqualTo(key);
        assertThat(run("").idempotencyKey(0, Map.of("stories", List.of(Map.of("prompt", "a fox who wants to swim")))))
                .isNotEqualTo(key);
        assertThat(run("2b7e1a").idempotencyKey(0, BODY)).isNotEqualTo(key);
    }

    private static BatchRun run(String run) {
        return new BatchRun(GATEWAY, new PrintStream(PrintStream.nullOutputStream()), Path.of("out"), run);
    }
}
