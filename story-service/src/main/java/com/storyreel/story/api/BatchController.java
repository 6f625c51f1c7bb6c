package com.storyreel.story.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.storyreel.events.StoryIds;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.story.access.Caller;
import com.storyreel.story.access.StoryQuotas;
import com.storyreel.story.intake.StoryRequestRules.Violation;
import com.storyreel.story.state.BatchDocument;
import com.storyreel.story.state.BatchStore;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.state.StoryStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Batches: up to 100 stories asked for in one request, let in whole or not at all, and followed together.
 * With API keys, each key sees only its own batches: another key's batch is answered as not found.
 */
@RestController
@RequestMapping(BatchController.PATH)
class BatchController {

    static final String PATH = "/api/batches";
    static final int MAX_STORIES = 100;

    private final BatchStore batches;
    private final StoryStore stories;
    private final StoryStarter starter;
    private final StoryQuotas quotas;
    private final AssetStore assets;

    BatchController(BatchStore batches, StoryStore stories, StoryStarter starter, StoryQuotas quotas, AssetStore assets) {
        this.batches = batches;
        this.stories = stories;
        this.starter = starter;
        this.quotas = quotas;
        this.assets = assets;
    }

    /**
     * Asks for a batch of stories. Every item is checked before any starts, so one bad item refuses the
     * whole batch. With an Idempotency-Key a retried request returns the batch and stories the first one made.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BatchCreated> create(@RequestBody CreateBatchRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestAttribute(name = Caller.ATTRIBUTE, required = false) Caller caller) {
        List<StoryRequest> requests = read(body, idempotencyKey);
        String owner = StoryStarter.owner(caller);
        String batchId = batchId(idempotencyKey, owner);
        List<String> storyIds = IntStream.range(0, requests.size()).mapToObj(index -> storyId(idempotencyKey, caller, index)).toList();
        Optional<BatchDocument> earlier = idempotencyKey == null ? Optional.empty() : batches.find(batchId);
        if (earlier.isPresent() && !earlier.get().storyIds().equals(storyIds)) {
            throw new ConflictException(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
                    "This Idempotency-Key was used for a batch of " + earlier.get().storyIds().size() + " stories");
        }
        // A repeated batch starts nothing, so it is not held to the quota.
        if (earlier.isEmpty()) {
            quotas.checkNewStories(caller, requests.size());
        }
        for (int index = 0; index < requests.size(); index++) {
            starter.start(storyIds.get(index), requests.get(index), idempotencyKey, caller);
        }
        // Made after its stories, so a batch that exists always has them.
        BatchDocument batch = batches.createIfAbsent(batchId, owner, storyIds);
        BatchCreated created = BatchCreated.of(batch.id(), batch.storyIds());
        return ResponseEntity.accepted().location(URI.create(created.self())).body(created);
    }

    @GetMapping("/{batchId}")
    BatchView get(@PathVariable String batchId, @RequestAttribute(name = Caller.ATTRIBUTE, required = false) Caller caller) {
        // Batch ids follow the rule for story ids: an id no batch can have is a bad request, not a 404.
        if (!StoryIds.isValid(batchId)) {
            throw new InvalidRequestException(List.of(new Violation("batchId", "must match " + StoryIds.PATTERN)));
        }
        String owner = StoryStarter.owner(caller);
        BatchDocument batch = batches.find(batchId).filter(found -> found.isVisibleTo(owner))
                .orElseThrow(() -> new BatchNotFoundException(batchId));
        Map<String, StoryDocument> byId = stories.findAll(batch.storyIds()).stream()
                .collect(Collectors.toMap(StoryDocument::id, Function.identity()));
        return BatchView.of(batch, byId, assets);
    }

    /** Every item read against the rules; any violation, of any item, refuses the batch naming them all. */
    private List<StoryRequest> read(CreateBatchRequest body, String idempotencyKey) {
        List<Violation> violations = new ArrayList<>();
        body.unknownFields().keySet().forEach(name -> violations.add(new Violation(name, "is not a known field")));
        List<StoryRequest> requests = new ArrayList<>();
        if (body.stories == null || body.stories.isEmpty() || body.stories.size() > MAX_STORIES) {
            violations.add(new Violation("stories", "must hold 1 to " + MAX_STORIES + " story requests"
                    + (body.stories == null ? "" : " (was " + body.stories.size() + ")")));
        }
        else {
            for (int index = 0; index < body.stories.size(); index++) {
                CreateStoryRequest item = body.stories.get(index);
                if (item == null) {
                    violations.add(new Violation("stories[" + index + "]", "must be a story request, not null"));
                }
                else {
                    requests.add(starter.read(item, "stories[" + index + "].", violations));
                }
            }
        }
        StoryStarter.checkIdempotencyKey(idempotencyKey, "Idempotency-Key", violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return requests;
    }

    /** Random, or derived from the caller's Idempotency-Key so a repeat finds the batch. */
    static String batchId(String idempotencyKey, String owner) {
        return "ba-" + (idempotencyKey == null ? UUID.randomUUID() : AssetKeys.hash("batch", owner, idempotencyKey));
    }

    /** Random, or derived from the batch's key and the item's place in it, so a repeat finds the same stories. */
    static String storyId(String idempotencyKey, Caller caller, int index) {
        return idempotencyKey == null ? StoryStarter.storyId(null, caller)
                : "st-" + AssetKeys.hash("batch", StoryStarter.owner(caller), idempotencyKey, index);
    }
}
