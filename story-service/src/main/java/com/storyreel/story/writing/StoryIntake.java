package com.storyreel.story.writing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.StoryRequested;
import com.storyreel.events.StoryWritten;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.providers.ProviderException;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.StageWorker;
import com.storyreel.runtime.work.WorkKey;
import com.storyreel.story.budget.BudgetProperties;
import com.storyreel.story.budget.CostEstimator;
import com.storyreel.story.intake.StoryLengthRules;
import com.storyreel.story.intake.StoryRequestRules;
import com.storyreel.story.progress.StoryBindings;
import com.storyreel.story.progress.StoryEvents;
import com.storyreel.story.progress.StoryMeters;
import com.storyreel.story.state.CostEstimate;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a StoryRequested into a written story: the story document is created if the request came
 * straight from Kafka, an invalid request fails the story with the field named, and the writer runs
 * once per request (a redelivery re-publishes what was written; a paid writer cut off by a crash fails the
 * story with that reason rather than being paid again). Before the writer is called, and again
 * once it has written (before any picture or narration), the cost is estimated and checked against the
 * budget, and the written story against the length caps; a story over either fails with the figures. Whoever
 * wrote it, every scene that names a character gets that character's description in its image prompt before it is
 * recorded (WrittenStory.withCastPictured).
 */
public class StoryIntake implements StageWorker<StoryRequested> {

    private static final Logger log = LoggerFactory.getLogger(StoryIntake.class);

    private final StoryStore store;
    private final StageExecutor executor;
    private final EventPublisher publisher;
    private final StoryWriter writer;
    private final Clock clock;
    private final StoryLengthRules lengthRules;
    private final CostEstimator estimator;
    private final BudgetProperties budget;
    private final StoryMeters meters;
    private final StoryContext storyContext;

    public StoryIntake(StoryStore store, StageExecutor executor, EventPublisher publisher, StoryWriter writer,
            Clock clock, StoryLengthRules lengthRules, CostEstimator estimator, BudgetProperties budget, StoryMeters meters,
            StoryContext storyContext) {
        this.store = store;
        this.executor = executor;
        this.publisher = publisher;
        this.writer = writer;
        this.clock = clock;
        this.lengthRules = lengthRules;
        this.estimator = estimator;
        this.budget = budget;
        this.storyContext = storyContext;
        this.meters = meters;
    }

    /** Everything a request must satisfy, the length caps on a script included; each violation names the field. */
    public List<StoryRequestRules.Violation> check(StoryRequest request) {
        List<StoryRequestRules.Violation> violations = new ArrayList<>(StoryRequestRules.check(request));
        violations.addAll(lengthRules.check(request));
        return violations;
    }

    @Override
    public Class<StoryRequested> inputType() {
        return StoryRequested.class;
    }

    @Override
    public void handle(StoryRequested requested) {
        StoryRequest request = new StoryRequest(requested.prompt(), requested.script(), requested.sceneCount(),
                requested.aspectRatio(), requested.voice(), requested.style(), requested.review());
        StoryDocument story = store.createIfAbsent(newStory(requested.storyId(), request, null, null, null));
        if (story.isWritten()) {
            publisher.publish(StoryBindings.STORY_WRITTEN, StoryEvents.written(story));
            return;
        }
        if (story.status() == StoryStatus.FAILED) {
            log.info("Story already failed; ignoring the request until it is retried");
            return;
        }
        List<StoryRequestRules.Violation> violations = check(story.request());
        if (!violations.isEmpty()) {
            store.recordFailure(new StageFailed(story.id(), Stage.STORY, null, "gateway",
                    "Invalid request: " + String.join("; ", violations.stream().map(Object::toString).toList()),
                    story.attempt()));
            return;
        }
        store.markWriting(story.id());
        String provider = writer.provider(story.request());
        WorkKey key = new WorkKey(story.id(), null, Stage.STORY, AssetKeys.hash(provider, request.prompt(),
                request.script(), request.sceneCount(), request.style()));
        if (writer.paid(story.request())) {
            executor.runPaid(key, story.attempt(), requested, provider, StoryBindings.STORY_WRITTEN, () -> write(story.id(), provider));
        }
        else {
            executor.run(key, story.attempt(), requested, provider, StoryBindings.STORY_WRITTEN, () -> write(story.id(), provider));
        }
    }

    private StoryWritten write(String storyId, String provider) {
        StoryDocument story = store.find(storyId).orElseThrow();
        if (!story.isWritten()) {
            CostEstimate beforeWriting = estimator.beforeWriting(writer.estimate(story.request()));
            store.recordEstimate(storyId, beforeWriting);
            refuseOverBudget(beforeWriting);
            WrittenStory written = writer.write(story.request()).withCastPictured();
            CostEstimate estimate = estimator.written(written.cost(), written.scenes());
            store.recordEstimate(storyId, estimate);
            // Nothing is recorded as written unless it may be made, so a retry writes it again under the caps then set.
            lengthRules.refusal(written.scenes()).ifPresent(reason -> {
                throw ProviderException.permanent(reason);
            });
            refuseOverBudget(estimate);
            if (store.recordWritten(storyId, written.title(), provider, written.cost(), written.scenes(),
                    written.characters(), story.request().reviewPoint())) {
                meters.charged(written.cost());
            }
            log.info("Wrote \"{}\" in {} scenes (writer {})", written.title(), written.scenes().size(), provider);
            story = store.find(storyId).orElseThrow();
        }
        return StoryEvents.written(story);
    }

    private void refuseOverBudget(CostEstimate estimate) {
        Optional<String> refusal = budget.refusal(estimate);
        if (refusal.isPresent()) {
            log.warn("{}", refusal.get());
            throw ProviderException.permanent(refusal.get());
        }
    }

    /**
     * A new story document in REQUESTED state, owned by {@code owner} (null when the gateway has no keys),
     * in the trace of the request that asked for it.
     */
    public StoryDocument newStory(String storyId, StoryRequest request, String owner, String idempotencyKey,
            String requestHash) {
        return StoryDocument.requested(storyId, request, owner, idempotencyKey, requestHash, clock.instant(),
                storyContext.traceparent());
    }
}
