package com.storyreel.runtime.json2video;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.storyreel.events.EventJson;
import com.storyreel.localstack.TopicProbe;

import static org.awaitility.Awaitility.await;

/** What a media stage published for a story, as its tests wait for it. */
public final class PublishedEvents {

    private PublishedEvents() {
    }

    /** The story's first record on {@code reader}, read as {@code type}, once it comes (within a minute). */
    public static <T> T first(TopicProbe.Reader reader, String storyId, Class<T> type) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !reader.matching(r -> r.ofStory(storyId)).isEmpty());
        return EventJson.read(reader.matching(r -> r.ofStory(storyId)).getFirst().value().getBytes(StandardCharsets.UTF_8),
                type);
    }
}
