package com.storyreel.story.api;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.work.RepeatingTask;
import com.storyreel.story.access.QuotaExceededException;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams story progress as server-sent events. Changes are read from the story documents (not from
 * this replica's memory), so a subscriber sees progress recorded by any replica. Subscribers are capped
 * per story and per key; each changed story's view is built once and sent to its subscribers by a
 * single thread with a bounded queue, both owned by the stream alone, so a slow subscriber delays only
 * other subscribers, never the gateway's scheduled work. On shutdown the streams are ended first, so
 * they do not hold up the web server's graceful drain.
 */
class StoryProgressStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StoryProgressStream.class);

    private static final long TIMEOUT_MILLIS = 60 * 60 * 1000L;

    private final StoryStore store;
    private final AssetStore assets;
    private final ProgressStreamProperties properties;
    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private volatile Instant lastCheck = Instant.EPOCH;
    private final RepeatingTask poller;
    private volatile ThreadPoolExecutor sender;

    StoryProgressStream(StoryStore store, AssetStore assets, ProgressStreamProperties properties) {
        this.store = store;
        this.assets = assets;
        this.properties = properties;
        this.poller = new RepeatingTask("story-progress-poll", properties.pollInterval(), "Reading story progress",
                this::pushChanges);
    }

    /** One open stream: whose it is and the newest story version sent or queued to it. */
    private static final class Subscriber {

        final SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        final String owner;
        volatile Instant latest;

        Subscriber(String owner) {
            this.owner = owner;
        }
    }

    /**
     * Opens a stream on the story for {@code owner} (null without keys), sending the story as it is now.
     * Throws when the story or the owner already has as many subscribers as allowed. The first send only
     * buffers (the response is not started yet), so it is made under the lock, before the poller can
     * send a newer view.
     */
    synchronized SseEmitter subscribe(StoryDocument story, String owner) {
        Subscriber subscriber = new Subscriber(owner);
        subscriber.latest = story.updatedAt();
        if (story.status().isFinal()) {
            if (send(story.id(), subscriber, StoryView.of(story, assets, true), story.updatedAt())) {
                subscriber.emitter.complete();
            }
            return subscriber.emitter;
        }
        List<Subscriber> ofStory = subscribers.getOrDefault(story.id(), List.of());
        if (ofStory.size() >= properties.maxPerStory()) {
            throw new QuotaExceededException("This story already has " + ofStory.size() + " progress subscribers, the most allowed"
                    + " (storyreel.progress-stream.max-per-story)", properties.retryAfter());
        }
        long ofOwner = subscribers.values().stream().flatMap(List::stream).filter(s -> Objects.equals(s.owner, owner)).count();
        if (ofOwner >= properties.maxPerKey()) {
            throw new QuotaExceededException("This key already has " + ofOwner + " progress subscribers, the most allowed"
                    + " (storyreel.progress-stream.max-per-key)", properties.retryAfter());
        }
        if (send(story.id(), subscriber, StoryView.of(story, assets, true), story.updatedAt())) {
            subscribers.computeIfAbsent(story.id(), id -> new CopyOnWriteArrayList<>()).add(subscriber);
            Runnable remove = () -> unsubscribe(story.id(), subscriber);
            subscriber.emitter.onCompletion(remove);
            subscriber.emitter.onTimeout(remove);
            subscriber.emitter.onError(error -> remove.run());
        }
        return subscriber.emitter;
    }

    void pushChanges() {
        if (subscribers.isEmpty()) {
            return;
        }
        Instant since = lastCheck;
        lastCheck = Instant.now();
        for (StoryDocument story : store.findChangedSince(List.copyOf(subscribers.keySet()), since.minusMillis(1000))) {
            List<Subscriber> behind = new ArrayList<>();
            for (Subscriber subscriber : subscribers.getOrDefault(story.id(), List.of())) {
                // Neither the overlapping poll windows nor a send still queued may send the same state twice.
                if (story.updatedAt().isAfter(subscriber.latest)) {
                    behind.add(subscriber);
                }
            }
            if (behind.isEmpty()) {
                continue;
            }
            StoryView view = StoryView.of(story, assets, true);
            for (Subscriber subscriber : behind) {
                subscriber.latest = story.updatedAt();
                try {
                    sender.execute(() -> {
                        if (send(story.id(), subscriber, view, story.updatedAt()) && story.status().isFinal()) {
                            subscriber.emitter.complete();
                        }
                    });
                }
                catch (RejectedExecutionException ex) {
                    log.warn("Progress send queue full ({}); ending a subscriber of story {}", properties.sendQueue(), story.id());
                    unsubscribe(story.id(), subscriber);
                    subscriber.emitter.complete();
                }
            }
        }
    }

    private boolean send(String storyId, Subscriber subscriber, StoryView view, Instant version) {
        try {
            subscriber.emitter.send(SseEmitter.event().name("progress").id(String.valueOf(version.toEpochMilli())).data(view));
            return true;
        }
        catch (IOException | IllegalStateException ex) {
            log.debug("Progress subscriber gone: {}", ex.getMessage());
            unsubscribe(storyId, subscriber);
            return false;
        }
    }

    @Override
    public void start() {
        sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(properties.sendQueue()),
                Thread.ofPlatform().name("story-progress-send").daemon().factory());
        poller.start();
    }

    @Override
    public void stop() {
        poller.stop();
        sender.shutdownNow();
        subscribers.values().forEach(list -> list.forEach(s -> s.emitter.complete()));
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return poller.running();
    }

    /** Before the web server's graceful shutdown, which waits for open requests. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private synchronized void unsubscribe(String storyId, Subscriber subscriber) {
        subscribers.computeIfPresent(storyId, (id, list) -> {
            list.remove(subscriber);
            return list.isEmpty() ? null : list;
        });
    }
}
