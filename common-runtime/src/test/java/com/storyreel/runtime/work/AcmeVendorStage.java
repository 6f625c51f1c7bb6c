package com.storyreel.runtime.work;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneMerged;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryEvent;
import com.storyreel.events.VendorCost;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.vendor.VendorException;

/**
 * A stage whose work is a job at "acme", a scripted stand-in for a vendor with long-running jobs, run
 * through the real executor, job store, poller and bindings (picked up by the probe application's scan).
 */
@Configuration(proxyBeanMethods = false)
class AcmeVendorStage {

    @Bean
    AcmeVendor acmeVendor() {
        return new AcmeVendor();
    }

    @Bean
    AcmeJobs acmeJobs(AcmeVendor vendor, JsonMapper json) {
        return new AcmeJobs(vendor, json);
    }

    @Bean
    AcmeWorker acmeWorker(StageExecutor executor, AcmeVendor vendor, AcmeJobs jobs) {
        return new AcmeWorker(executor, vendor, jobs);
    }

    @Bean
    Consumer<Message<SceneClipRendered>> acmeWork(AcmeWorker worker, StoryContext storyContext) {
        return storyContext.around(worker::handle);
    }

    /** The vendor: what it answers per story is set by the test. */
    static class AcmeVendor {

        private final Map<String, String> states = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> submissions = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
        private final Map<String, Boolean> failingNext = new ConcurrentHashMap<>();

        String submit(String storyId) {
            Boolean accepted = failingNext.remove(storyId);
            if (accepted == null || accepted) {
                submissions.computeIfAbsent(storyId, id -> new AtomicInteger()).incrementAndGet();
                states.putIfAbsent(storyId, "pending");
            }
            if (accepted != null) {
                throw VendorException.retryable("acme", "HTTP 503", (Duration) null).unsafeToRepeat();
            }
            return storyId;
        }

        /** The next submission for the story meets a 503: after acme took the job when {@code accepted}, before otherwise. */
        void failNextSubmission(String storyId, boolean accepted) {
            failingNext.put(storyId, accepted);
        }

        String status(String jobId) {
            polls.computeIfAbsent(jobId, id -> new AtomicInteger()).incrementAndGet();
            return states.getOrDefault(jobId, "unknown");
        }

        void answer(String storyId, String state) {
            states.put(storyId, state);
        }

        int submissions(String storyId) {
            return submissions.getOrDefault(storyId, new AtomicInteger()).get();
        }

        int polls(String storyId) {
            return polls.getOrDefault(storyId, new AtomicInteger()).get();
        }

        /** Acme lists the jobs it accepted by the story they were sent for (as JSON2Video does by client-data). */
        boolean has(String storyId) {
            return submissions(storyId) > 0;
        }
    }

    /** Follows acme jobs; the first poll delay and the deadline can be changed by a test. */
    static class AcmeJobs implements VendorJobHandler {

        static final VendorCost RENDER_COST = new VendorCost("acme", "render-seconds", 3);

        private final AcmeVendor vendor;
        private final JsonMapper json;
        volatile Duration firstPoll = Duration.ofMillis(100);
        volatile Duration deadline = Duration.ofMinutes(1);
        /** Holds storing a finished job's result (a long download) until a test releases it; none unless set. */
        volatile CountDownLatch storing;
        final AtomicInteger stored = new AtomicInteger();

        AcmeJobs(AcmeVendor vendor, JsonMapper json) {
            this.vendor = vendor;
            this.json = json;
        }

        @Override
        public String kind() {
            return "acme-merge";
        }

        @Override
        public String vendor() {
            return "acme";
        }

        @Override
        public JobProgress poll(VendorJob job) {
            return progress(vendor.status(job.vendorJobId()), job.vendorJobId());
        }

        @Override
        public JobProgress read(VendorJob job, String callbackJson) {
            JsonNode body = json.readTree(callbackJson);
            return body.hasNonNull("url") ? progress("done", job.vendorJobId()) : new JobProgress.Pending("called back");
        }

        private static JobProgress progress(String state, String jobId) {
            return switch (state) {
                case "done" -> new JobProgress.Finished("done", List.of(URI.create("https://acme.test/" + jobId + ".mp4")),
                        RENDER_COST);
                case "failed" -> new JobProgress.Failed("acme could not render: out of llamas", null);
                case "down" -> throw VendorException.retryable("acme", "HTTP 503", (Duration) null);
                default -> new JobProgress.Pending(state);
            };
        }

        @Override
        public StoryEvent complete(VendorJob job, JobProgress.Finished finished, VendorCost cost) {
            stored.incrementAndGet();
            CountDownLatch held = storing;
            if (held != null) {
                try {
                    held.await();
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while storing", ex);
                }
            }
            return new SceneMerged(job.storyId(), job.scene(), finished.results().getFirst().getPath(), null, 3.0, 0.5,
                    "acme", job.attempt(), cost);
        }

        @Override
        public Duration pollDelay(int polls) {
            return polls == 0 ? firstPoll : Duration.ofMillis(100);
        }

        @Override
        public Duration deadline() {
            return deadline;
        }

        @Override
        public Lookup lookUp(VendorJob job) {
            return vendor.has(job.storyId()) ? new Lookup.Found(new Submission(job.storyId(), null, null))
                    : new Lookup.NotFound("acme lists no job for " + job.storyId());
        }
    }

    /** Submits one acme job per clip. */
    static class AcmeWorker implements StageWorker<SceneClipRendered> {

        private final StageExecutor executor;
        private final AcmeVendor vendor;
        private final AcmeJobs jobs;

        AcmeWorker(StageExecutor executor, AcmeVendor vendor, AcmeJobs jobs) {
            this.executor = executor;
            this.vendor = vendor;
            this.jobs = jobs;
        }

        @Override
        public Class<SceneClipRendered> inputType() {
            return SceneClipRendered.class;
        }

        @Override
        public void handle(SceneClipRendered clip) {
            executor.submit(key(clip), clip.attempt(), clip, "acme", "sceneMerged", jobs,
                    () -> new Submission(vendor.submit(clip.storyId()), null, null));
        }

        static WorkKey key(SceneClipRendered clip) {
            return new WorkKey(clip.storyId(), clip.scene(), Stage.MERGE, AssetKeys.hash("acme", clip.clipKey()));
        }
    }
}
