package com.storyreel.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many stories asked for at once from {@code storyreel serve} on the paid vendors' fakes (which finish
 * every job at once): every story completes and none is stuck. The serve JVM's resident memory is read
 * as the stories finish, so its growth shows.
 *
 * <p>The build runs a short version. The long run, with its figures in docs/reliability.md:
 * {@code ./mvnw -B verify -pl deploy/storyreel-local -am -Dtest=LoadIntegrationTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dstoryreel.load.stories=200}.
 */
class LoadIntegrationTests {

    private static final int STORIES = Integer.getInteger("storyreel.load.stories", 8);
    private static final int SCENES = 3;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @TempDir
    Path media;

    @Test
    void storiesAskedForAtOnceAllCompleteAndNoneIsStuck() throws Exception {
        try (VendorFakes vendors = VendorFakes.start(media, SCENES); ServeProcess serve = new ServeProcess(data, vendors.environment())) {
            serve.start();
            GatewayClient gateway = new GatewayClient(serve.gatewayUrl(), Optional.empty());
            long[] idle = serve.residentMiB();
            long started = System.nanoTime();
            List<String> stories = new ArrayList<>();
            for (int i = 0; i < STORIES; i++) {
                stories.add(gateway.create(Map.of("prompt", "story " + i + ": a grey cat who keeps a lighthouse", "sceneCount", SCENES)));
            }
            double submitSeconds = (System.nanoTime() - started) / 1e9;
            List<String> growth = new ArrayList<>();
            int[] nextReport = {0};
            await().atMost(Duration.ofMinutes(10 + STORIES / 10)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                long done = stories.stream().filter(id -> Set.of("COMPLETED", "FAILED").contains(gateway.story(id).path("status").asString())).count();
                if (done >= nextReport[0]) {
                    growth.add(done + " done: " + serve.residentMiB()[0] + " MiB");
                    nextReport[0] += Math.max(1, STORIES / 4);
                }
                return done == STORIES;
            });
            double minutes = (System.nanoTime() - started) / 60e9;
            long[] end = serve.residentMiB();
            FaultReport.record("load", "%d stories of %d scenes in %.1f min (asked for in %.1f s); serve's resident memory: "
                    + "idle %d MiB, while running %s, at the end %d MiB, peak %d MiB", STORIES, SCENES, minutes, submitSeconds,
                    idle[0], growth, end[0], end[1]);

            assertThat(stories).allSatisfy(id -> assertThat(gateway.story(id).path("status").asString()).as(id).isEqualTo("COMPLETED"));
        }
    }
}
