package com.storyreel.story.watchdog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.work.RepeatingTask;
import com.storyreel.story.state.PendingUnit;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryError;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Fails stories that make no progress, naming the stage and scene they stalled at, so that a retry
 * starts that work again. A story stalls when it has not changed for {@code stallAfter} and nothing is
 * working on it ({@link LiveWork}), or when it has not changed for {@code liveWorkLimit} whatever seems to
 * be working on it. Time is counted from the story's last change, or from when this watchdog started if that
 * is later: after a long stop nothing is failed before the services had their chance to resume it. The fail
 * is a conditional update on the story as read, so of several replicas' watchdogs one fires, and a story
 * that moved meanwhile is left alone. It runs on a thread of its own.
 */
public class StoryWatchdog implements SmartLifecycle {

    /** The provider named on a stalled story's error: nobody failed it but the watchdog. */
    static final String PROVIDER = "watchdog";

    private static final Logger log = LoggerFactory.getLogger(StoryWatchdog.class);

    private final StoryStore store;
    private final LiveWork liveWork;
    private final Clock clock;
    private final WatchdogProperties props;
    private final StoryContext storyContext;
    private final RepeatingTask schedule;
    private volatile Instant startedAt = Instant.MIN;

    public StoryWatchdog(StoryStore store, LiveWork liveWork, Clock clock, WatchdogProperties props,
            StoryContext storyContext) {
        this.store = store;
        this.liveWork = liveWork;
        this.clock = clock;
        this.props = props;
        this.storyContext = storyContext;
        this.schedule = new RepeatingTask("story-watchdog", props.interval(), "Looking for stalled stories",
                this::failStalledStories);
    }

    /** Fails the stories stalled now; returns the ids of those this watchdog failed. */
    public List<String> failStalledStories() {
        Instant now = clock.instant();
        List<String> failed = new ArrayList<>();
        store.forEachQuietSince(now.minus(props.stallAfter()), story -> {
            try (var context = storyContext.open(story.id())) {
                if (failIfStalled(story, now)) {
                    failed.add(story.id());
                }
            }
        });
        return failed;
    }

    private boolean failIfStalled(StoryDocument story, Instant now) {
        Duration quiet = Duration.between(startedAt.isAfter(story.updatedAt()) ? startedAt : story.updatedAt(), now);
        if (quiet.compareTo(props.stallAfter()) < 0) {
            return false;
        }
        boolean pastLimit = quiet.compareTo(props.liveWorkLimit()) >= 0;
        if (!pastLimit && liveWork.existsFor(story.id(), now)) {
            return false;
        }
        List<PendingUnit> stalled = PendingUnit.of(story);
        PendingUnit first = stalled.getFirst();
        String reason = "No progress for " + minutes(quiet) + " while waiting for " + first.describe()
                + (pastLimit ? " (work for it was still running, longer than any vendor deadline)" : " with nothing working on it")
                + "; retry the story to start it again";
        StoryError error = new StoryError(first.stage(), first.scene(), PROVIDER, reason, now, null);
        if (!store.failStalled(story, stalled, error)) {
            return false;
        }
        log.warn("Story stalled at {} (scene {}): {}", first.stage(), first.scene(), reason);
        return true;
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() >= 1 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }

    @Override
    public void start() {
        startedAt = clock.instant();
        schedule.start();
    }

    @Override
    public void stop() {
        schedule.stop();
    }

    @Override
    public boolean isRunning() {
        return schedule.running();
    }
}
