package com.storyreel.story.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.story.access.Caller;
import com.storyreel.story.intake.StoryRequestRules.Violation;
import com.storyreel.story.progress.StoryBindings;
import com.storyreel.story.progress.StoryEvents;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import com.storyreel.story.writing.StoryIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Starts the stories asked for over REST, one by one or in a batch: reads a request body against the
 * rules, creates the story document (once per Idempotency-Key) and sends its {@code StoryRequested}.
 */
@Component
class StoryStarter {

    private static final Logger log = LoggerFactory.getLogger(StoryStarter.class);

    static final int MAX_IDEMPOTENCY_KEY = 255;

    private final StoryStore store;
    private final StoryIntake intake;
    private final EventPublisher publisher;
    private final StoryContext storyContext;

    StoryStarter(StoryStore store, StoryIntake intake, EventPublisher publisher, StoryContext storyContext) {
        this.store = store;
        this.intake = intake;
        this.publisher = publisher;
        this.storyContext = storyContext;
    }

    /**
     * The request a body asks for, with every rule it breaks added to {@code violations}, each field named
     * after {@code prefix} ("" for a single story, "stories[3]." in a batch).
     */
    StoryRequest read(CreateStoryRequest body, String prefix, List<Violation> violations) {
        List<Violation> found = new ArrayList<>();
        body.unknownFields().keySet().forEach(name -> found.add(new Violation(name, "is not a known field")));
        StoryRequest request = new StoryRequest(blankToNull(body.prompt), blankToNull(body.script), body.sceneCount,
                body.aspectRatio, body.voice, body.style, blankToNull(body.review));
        found.addAll(intake.check(request));
        found.forEach(violation -> violations.add(new Violation(prefix + violation.field(), violation.message())));
        return request;
    }

    /** Whether an Idempotency-Key may be used, as a violation of the named field. */
    static void checkIdempotencyKey(String idempotencyKey, String field, List<Violation> violations) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
            violations.add(new Violation(field, "must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters"));
        }
    }

    /** The id a new story gets: random, or derived from the caller's Idempotency-Key so a repeat finds it. */
    static String storyId(String idempotencyKey, Caller caller) {
        String owner = owner(caller);
        return idempotencyKey == null ? "st-" + UUID.randomUUID()
                : "st-" + (owner == null ? AssetKeys.hash("idempotency", idempotencyKey) : AssetKeys.hash("idempotency", owner, idempotencyKey));
    }

    /**
     * Creates the story under {@code storyId} unless it exists, and sends it to the writer while it is still
     * REQUESTED (a repeated request re-sends it, in case the first send was lost). A story that exists for a
     * different request is a conflict.
     */
    StoryDocument start(String storyId, StoryRequest request, String idempotencyKey, Caller caller) {
        String requestHash = AssetKeys.hash(request.prompt(), request.script(), request.sceneCount(), request.aspectRatio(),
                request.voice(), request.style(), request.review());
        StoryDocument story = store.createIfAbsent(intake.newStory(storyId, request, owner(caller), idempotencyKey, requestHash));
        if (!requestHash.equals(story.requestHash())) {
            throw new ConflictException(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request");
        }
        try (var context = storyContext.open(storyId)) {
            if (story.status() == StoryStatus.REQUESTED) {
                publisher.publish(StoryBindings.STORY_REQUESTED, StoryEvents.requested(story));
                log.info("Story requested ({} scenes, {}, review {})", request.sceneCount(),
                        request.script() != null ? "script" : "prompt", request.reviewPoint().label());
            }
        }
        return story;
    }

    static String owner(Caller caller) {
        return caller == null ? null : caller.name();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
