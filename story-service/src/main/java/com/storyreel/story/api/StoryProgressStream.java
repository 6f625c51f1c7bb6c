package com.storyreel.story.api;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams story progress as server-sent events. Changes are read from the story documents (not from
 * this replica's memory), so a subscriber sees progress recorded by any replica. On shutdown the
 * streams are ended first, so they do not hold up the web server's graceful drain.
 */
class StoryProgressStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StoryProgressStream.class);

    private static final long TIMEOUT_MILLIS = 60 * 60 * 1000L;

    private final StoryStore store;
    private final AssetStore assets;
    private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();
    // What each subscriber last saw, so the overlapping poll windows never send the same state twice.
    private final Map<SseEmitter, Instant> lastSent = new ConcurrentHashMap<>();
    private volatile Instant lastCheck = Instant.EPOCH;
    private volatile boolean running;

    StoryProgressStream(StoryStore store, AssetStore assets) {
        this.store = store;
        this.assets = assets;
    }

    SseEmitter subscribe(StoryDocument story) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        if (!send(emitter, story)) {
            return emitter;
        }
        if (story.status().isFinal()) {
            lastSent.remove(emitter);
            emitter.complete();
            return emitter;
        }
        subscribers.computeIfAbsent(story.id(), id -> new CopyOnWriteArrayList<>()).add(emitter);
        Runnable remove = () -> unsubscribe(story.id(), emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        return emitter;
    }

    @Scheduled(fixedDelayString = "${storyreel.progress.poll-interval:500ms}")
    void pushChanges() {
        if (subscribers.isEmpty()) {
            return;
        }
        Instant since = lastCheck;
        lastCheck = Instant.now();
        for (StoryDocument story : store.findChangedSince(List.copyOf(subscribers.keySet()), since.minusMillis(1000))) {
            for (SseEmitter emitter : subscribers.getOrDefault(story.id(), List.of())) {
                Instant seen = lastSent.get(emitter);
                if (seen != null && !story.updatedAt().isAfter(seen)) {
                    continue;
                }
                if (send(emitter, story) && story.status().isFinal()) {
                    emitter.complete();
                }
            }
        }
    }

    private boolean send(SseEmitter emitter, StoryDocument story) {
        try {
            emitter.send(SseEmitter.event().name("progress").id(String.valueOf(story.updatedAt().toEpochMilli()))
                    .data(StoryView.of(story, assets, true)));
            lastSent.put(emitter, story.updatedAt());
            return true;
        }
        catch (IOException | IllegalStateException ex) {
            log.debug("Progress subscriber gone: {}", ex.getMessage());
            unsubscribe(story.id(), emitter);
            return false;
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        subscribers.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        subscribers.clear();
        lastSent.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server's graceful shutdown, which waits for open requests. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void unsubscribe(String storyId, SseEmitter emitter) {
        lastSent.remove(emitter);
        subscribers.computeIfPresent(storyId, (id, list) -> {
            list.remove(emitter);
            return list.isEmpty() ? null : list;
        });
    }
}
