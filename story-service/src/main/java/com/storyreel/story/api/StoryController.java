package com.storyreel.story.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.storyreel.events.StoryIds;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.story.access.Caller;
import com.storyreel.story.access.StoryQuotas;
import com.storyreel.story.budget.CostEstimator;
import com.storyreel.story.intake.StoryRequestRules.Violation;
import com.storyreel.story.intake.SceneEditRules;
import com.storyreel.story.intake.StoryLengthRules;
import com.storyreel.story.progress.SceneEdits;
import com.storyreel.story.progress.StoryApprovals;
import com.storyreel.story.progress.StoryRetry;
import com.storyreel.story.state.SceneState;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The REST gateway: ask for a story, follow it, list stories, retry a failed one, approve one waiting for review,
 * edit a scene. With API keys, each key
 * sees only the stories it asked for: another key's story is answered as not found.
 */
@RestController
@RequestMapping("/api/stories")
class StoryController {

    private static final Set<StoryStatus> EDITABLE = EnumSet.of(StoryStatus.COMPLETED, StoryStatus.FAILED,
            StoryStatus.AWAITING_APPROVAL);

    private final StoryStore store;
    private final StoryStarter starter;
    private final StoryRetry retry;
    private final StoryApprovals approvals;
    private final SceneEdits sceneEdits;
    private final StoryLengthRules lengthRules;
    private final CostEstimator estimator;
    private final AssetStore assets;
    private final StoryProgressStream progressStream;
    private final StoryQuotas quotas;
    private final StoryContext storyContext;

    StoryController(StoryStore store, StoryStarter starter, StoryRetry retry, StoryApprovals approvals, SceneEdits sceneEdits,
            StoryLengthRules lengthRules, CostEstimator estimator, AssetStore assets, StoryProgressStream progressStream,
            StoryQuotas quotas, StoryContext storyContext) {
        this.store = store;
        this.starter = starter;
        this.retry = retry;
        this.approvals = approvals;
        this.sceneEdits = sceneEdits;
        this.lengthRules = lengthRules;
        this.estimator = estimator;
        this.assets = assets;
        this.progressStream = progressStream;
        this.quotas = quotas;
        this.storyContext = storyContext;
    }

    /**
     * Asks for a story. With an Idempotency-Key a retried request returns the story the first one made
     * (and re-sends it to the writer in case the first send was lost). Keys are scoped to the caller.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> create(@RequestBody CreateStoryRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestAttribute(name = Caller.ATTRIBUTE, required = false) Caller caller) {
        List<Violation> violations = new ArrayList<>();
        StoryRequest request = starter.read(body, "", violations);
        StoryStarter.checkIdempotencyKey(idempotencyKey, "Idempotency-Key", violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        String storyId = StoryStarter.storyId(idempotencyKey, caller);
        // A repeated request with the same Idempotency-Key starts nothing, so it is not held to the quota.
        if (idempotencyKey == null || store.find(storyId).isEmpty()) {
            quotas.checkNewStories(caller, 1);
        }
        StoryDocument story = starter.start(storyId, request, idempotencyKey, caller);
        URI location = URI.create("/api/stories/" + storyId);
        return ResponseEntity.accepted().location(location).body(Map.of("storyId", storyId, "status", story.status().name(),
                "self", location.toString(), "events", location + "/events"));
    }

    @GetMapping("/{storyId}")
    StoryView get(@PathVariable String storyId, @RequestAttribute(name = Caller.ATTRIBUTE, required = false) Caller caller) {
        return StoryView.of(find(storyId, caller), assets, true);
    }

    @GetMapping
    StoryPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestAttribute(name = Caller.ATTRIBUTE, required = false) Caller caller) {
        List<Violation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new Violation("page", "must be 0 or more"));
        }
        if (size < 1 || size > 100) {
            violations.add(new Violation("size", "must be between 1 and 100"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        String owner = owner(caller);
        List<StoryView> items = store.list(owner, page, size).stream().map(s -> StoryView.of(s, assets, false)).toList();
        return new StoryPage(items, page, size, store.count(owner));
    }

    /** Server-sent events: the story's view now and after every change, until it completes or fails. */
    @GetMapping(path = "/{storyId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String storyId, @RequestAttribute(name = Caller.ATTRIBUTE, required = false) Caller caller) {
        return progressStream.subscribe(find(storyId, caller), owner(caller));
    }

    /** Resumes a FAILED story from the stage that failed, without redoing finished scenes. */
    @PostMapping("/{storyId}/retry")
    ResponseEntity<StoryView> retry(@PathVariable String storyId,
            @RequestAttribute(name = Caller.ATTRIBUTE, required = false) Caller caller) {
        StoryDocument story = find(storyId, caller);
        if (story.status() != StoryStatus.FAILED) {
            throw ConflictException.storyIs(story.status(), "Story not failed",
                    "Only a FAILED story can be retried; this one is " + story.status());
        }
        try (var context = storyContext.open(storyId)) {
            StoryDocument resumed = retry.retry(story).orElseThrow(StoryController::changedMeanwhile);
            return ResponseEntity.accepted().body(StoryView.of(resumed, assets, true));
        }
    }

    /** Lets a story waiting for its owner's approval go on; a story that is not waiting is a 409. */
    @PostMapping("/{storyId}/approve")
    ResponseEntity<StoryView> approve(@PathVariable String storyId,
            @RequestAttribute(name = Caller.ATTRIBUTE, required = false) Caller caller) {
        StoryDocument story = find(storyId, caller);
        if (story.status() != StoryStatus.AWAITING_APPROVAL) {
            throw ConflictException.storyIs(story.status(), "Story not waiting",
                    "Only a story AWAITING_APPROVAL can be approved; this one is " + story.status());
        }
        try (var context = storyContext.open(storyId)) {
            StoryDocument approved = approvals.approve(story).orElseThrow(StoryController::changedMeanwhile);
            return ResponseEntity.accepted().body(StoryView.of(approved, assets, true));
        }
    }

    /**
     * Changes a scene's narration, picture prompt or both on a story that is COMPLETED, FAILED or waiting for
     * approval. Only that scene's stale stages are made again, then the final render; the earlier video is kept as
     * a previous version. Text equal to the scene's own changes nothing, so a repeated request is harmless.
     */
    @PatchMapping(path = "/{storyId}/scenes/{index}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoryView> editScene(@PathVariable String storyId, @PathVariable String index,
            @RequestBody EditSceneRequest body, @RequestAttribute(name = Caller.ATTRIBUTE, required = false) Caller caller) {
        StoryDocument story = find(storyId, caller);
        List<Violation> violations = new ArrayList<>();
        body.unknownFields().keySet().forEach(name -> violations.add(new Violation(name, "is not a known field")));
        violations.addAll(SceneEditRules.check(body.narration, body.imagePrompt));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        // The state before the index: a story still being written has no scenes yet, and "wait" is the useful answer.
        if (!EDITABLE.contains(story.status())) {
            throw ConflictException.storyIs(story.status(), "Story running", "A scene can be edited once the story is "
                    + "COMPLETED, FAILED or AWAITING_APPROVAL; this one is " + story.status() + ". Wait for it, then edit.");
        }
        int scene = sceneIndex(story, index, violations);
        if (violations.isEmpty() && body.narration != null) {
            lengthRules.refusal(story.scriptsEdited(scene, body.narration, null))
                    .ifPresent(reason -> violations.add(new Violation("narration", reason)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        SceneState current = story.scenes().get(scene);
        String narration = body.narration == null || body.narration.equals(current.narration()) ? null : body.narration;
        String imagePrompt = body.imagePrompt == null || body.imagePrompt.equals(current.imagePrompt()) ? null : body.imagePrompt;
        if (narration == null && imagePrompt == null) {
            return ResponseEntity.accepted().body(StoryView.of(story, assets, true));
        }
        // What the story has cost so far counts: an edit may not take it over the budget it was made under.
        estimator.editRefusal(story, scene, narration, imagePrompt).ifPresent(reason -> {
            throw new InvalidRequestException(List.of(new Violation(narration != null ? "narration" : "imagePrompt",
                    "this edit would take the story over its budget. " + reason)));
        });
        try (var context = storyContext.open(storyId)) {
            StoryDocument edited = sceneEdits.edit(story, scene, narration, imagePrompt)
                    .orElseThrow(StoryController::changedMeanwhile);
            return ResponseEntity.accepted().body(StoryView.of(edited, assets, true));
        }
    }

    private static int sceneIndex(StoryDocument story, String index, List<Violation> violations) {
        int scenes = story.isWritten() ? story.scenes().size() : 0;
        try {
            int scene = Integer.parseInt(index);
            if (scene >= 0 && scene < scenes) {
                return scene;
            }
        }
        catch (NumberFormatException ex) {
            // Named below like an index out of range.
        }
        violations.add(new Violation("index", scenes == 0 ? "the story has no scenes yet"
                : "must be a scene of the story, 0 to " + (scenes - 1) + " (was '" + index + "')"));
        return -1;
    }

    private static ConflictException changedMeanwhile() {
        return new ConflictException(HttpStatus.CONFLICT, "Story changed", "The story changed meanwhile; look at it again");
    }

    /**
     * The story, if the caller may see it: any story without keys, else only the caller's own. An id no story
     * can have is a bad request naming the rule, not a 404.
     */
    private StoryDocument find(String storyId, Caller caller) {
        if (!StoryIds.isValid(storyId)) {
            throw new InvalidRequestException(List.of(new Violation("storyId", "must match " + StoryIds.PATTERN)));
        }
        String owner = owner(caller);
        return store.find(storyId).filter(story -> owner == null || owner.equals(story.owner()))
                .orElseThrow(() -> new StoryNotFoundException(storyId));
    }

    private static String owner(Caller caller) {
        return StoryStarter.owner(caller);
    }
}
