package com.storyreel.story.progress;

import java.time.Clock;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneMerged;
import com.storyreel.events.SceneNarrated;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.StoryRendered;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.story.state.PendingUnit;
import com.storyreel.story.state.StageState;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryOutput;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregator: records each stage's completion on the story document, once, and fires the gates
 * that completion may open.
 */
public class StoryProgress {

    private static final Logger log = LoggerFactory.getLogger(StoryProgress.class);

    private final StoryStore store;
    private final StoryGates gates;
    private final StoryRetry retry;
    private final Clock clock;
    private final StoryMeters meters;

    public StoryProgress(StoryStore store, StoryGates gates, StoryRetry retry, Clock clock, StoryMeters meters) {
        this.store = store;
        this.gates = gates;
        this.retry = retry;
        this.clock = clock;
        this.meters = meters;
    }

    public void onImageGenerated(SceneImageGenerated event) {
        StoryDocument story = requireScene(event.storyId(), event.scene());
        InvalidEventException.require(event.imageKey() != null, "The image event has no imageKey");
        record(event.storyId(), event.scene(), Stage.IMAGE,
                StageState.done(event.provider(), event.imageKey(), clock.instant(), event.cost()), event.attempt());
        gates.fireInputsGate(story, event.scene());
    }

    public void onNarrated(SceneNarrated event) {
        StoryDocument story = requireScene(event.storyId(), event.scene());
        InvalidEventException.require(event.audioKey() != null && event.durationSeconds() > 0,
                "The narration event needs an audioKey and a positive duration");
        record(event.storyId(), event.scene(), Stage.NARRATION, StageState.narrated(event.provider(),
                event.audioKey(), event.captionsKey(), event.durationSeconds(), clock.instant(), event.cost()), event.attempt());
        gates.fireInputsGate(story, event.scene());
    }

    public void onClipRendered(SceneClipRendered event) {
        requireScene(event.storyId(), event.scene());
        record(event.storyId(), event.scene(), Stage.CLIP, StageState.clipRendered(event.provider(),
                event.clipKey(), event.durationSeconds(), event.narrationOffsetSeconds(), clock.instant(), event.cost()),
                event.attempt());
    }

    public void onMerged(SceneMerged event) {
        StoryDocument story = requireScene(event.storyId(), event.scene());
        InvalidEventException.require(event.videoKey() != null, "The merge event has no videoKey");
        record(event.storyId(), event.scene(), Stage.MERGE, StageState.merged(event.provider(),
                event.videoKey(), event.captionsKey(), event.durationSeconds(), event.narrationOffsetSeconds(),
                clock.instant(), event.cost()), event.attempt());
        gates.fireRenderGate(event.storyId(), story.scenes().size());
    }

    public void onRendered(StoryRendered event) {
        StoryDocument story = requireStory(event.storyId());
        InvalidEventException.require(story.renderGate() != null,
                "Story " + story.id() + " is " + story.status() + " and was never sent to render");
        if (store.recordRendered(event.storyId(), new StoryOutput(event.videoKey(), event.srtKey(), event.vttKey(),
                event.durationSeconds(), event.provider(), event.cost()))) {
            log.info("Story completed: {} s of video", String.format("%.2f", event.durationSeconds()));
            meters.charged(event.cost());
            // A render after a scene edit is the same story again, not another one completed.
            if (story.versions().isEmpty()) {
                meters.completed(story);
            }
        }
    }

    /**
     * Records a failure. One from an attempt before the story's current one (work in flight when the story
     * was retried) is never dropped while its stage is still open: the unit is started again under the
     * current attempt, since the retry that began it would have done so had the failure come a moment
     * earlier; when the story does not yet hold what the unit needs, the story fails with it instead.
     */
    public void onFailed(StageFailed event) {
        StoryDocument story = requireStory(event.storyId());
        InvalidEventException.require(event.scene() == null || story.isWritten() && event.scene() >= 0
                && event.scene() < story.scenes().size(), "Story " + story.id() + " has no scene " + event.scene());
        InvalidEventException.require(event.stage() != null, "The failure names no stage");
        if (store.recordFailure(event)) {
            log.warn("Story failed at {} (scene {}, {}): {}", event.stage(), event.scene(), event.provider(), event.reason());
            failed(story, event);
            return;
        }
        // Read again: the story may have moved on since the check above.
        StoryDocument current = requireStory(event.storyId());
        if (event.attempt() >= current.attempt() || current.status().isFinal()
                || !PendingUnit.isOpen(current, event.stage(), event.scene())) {
            return;
        }
        if (retry.restart(current, event.stage(), event.scene())) {
            log.info("{} of attempt {} failed after the retry began ({}): started again under attempt {}",
                    event.stage(), event.attempt(), event.reason(), current.attempt());
        }
        else if (store.recordFailure(new StageFailed(event.storyId(), event.stage(), event.scene(), event.provider(),
                event.reason(), current.attempt(), event.cost()))) {
            log.warn("Story failed at {} (scene {}, {}, from attempt {}): {}", event.stage(), event.scene(),
                    event.provider(), event.attempt(), event.reason());
            failed(current, event);
        }
    }

    private void record(String storyId, int scene, Stage stage, StageState state, int attempt) {
        if (store.recordStage(storyId, scene, stage, state, attempt)) {
            meters.charged(state.cost());
        }
        else {
            log.debug("Scene {} {} was already recorded", scene, stage);
        }
    }

    /**
     * A failure recorded on the story. A story failed before (a later scene's failure) counts once; the
     * cost of the failed unit counts whenever it is recorded.
     */
    private void failed(StoryDocument before, StageFailed event) {
        meters.charged(event.cost());
        if (before.status() != StoryStatus.FAILED) {
            meters.failed(before);
        }
    }

    private StoryDocument requireStory(String storyId) {
        return store.find(storyId).orElseThrow(() -> new InvalidEventException("Unknown story " + storyId));
    }

    private StoryDocument requireScene(String storyId, int scene) {
        StoryDocument story = requireStory(storyId);
        InvalidEventException.require(story.isWritten() && scene >= 0 && scene < story.scenes().size(),
                "Story " + storyId + " has no scene " + scene);
        return story;
    }
}
