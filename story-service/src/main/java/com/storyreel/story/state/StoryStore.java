package com.storyreel.story.state;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.storyreel.events.SceneScript;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.StoryCharacter;
import com.storyreel.events.VendorCost;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Reads and changes story documents. Every change is a conditional update that says what must still
 * be true for it to apply, and reports whether it applied: that is what lets duplicated, concurrent
 * and redelivered events be recorded once and each gate be claimed by exactly one caller.
 */
public class StoryStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    public StoryStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Optional<StoryDocument> find(String storyId) {
        return Optional.ofNullable(mongo.findById(storyId, StoryDocument.class));
    }

    /** The stories with these ids that exist, in one query, in no particular order. */
    public List<StoryDocument> findAll(List<String> storyIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(storyIds)), StoryDocument.class);
    }

    /** Inserts a new story, or returns the one that already has this id. */
    public StoryDocument createIfAbsent(StoryDocument story) {
        try {
            return mongo.insert(story);
        }
        catch (DuplicateKeyException ex) {
            return find(story.id()).orElseThrow(() -> ex);
        }
    }

    /** A page of the owner's stories, newest first; a null owner (a gateway without keys) lists every story. */
    public List<StoryDocument> list(String owner, int page, int size) {
        Query query = ownedBy(owner).with(Sort.by(Sort.Direction.DESC, "createdAt")).skip((long) page * size).limit(size);
        return mongo.find(query, StoryDocument.class);
    }

    /** How many stories the owner has; a null owner counts every story. */
    public long count(String owner) {
        return mongo.count(ownedBy(owner), StoryDocument.class);
    }

    /** How many of the owner's stories are being made: not COMPLETED, FAILED, or waiting for the owner's approval. */
    public long countInFlight(String owner) {
        return mongo.count(ownedBy(owner).addCriteria(Criteria.where("status")
                        .nin(StoryStatus.COMPLETED, StoryStatus.FAILED, StoryStatus.AWAITING_APPROVAL)),
                StoryDocument.class);
    }

    private static Query ownedBy(String owner) {
        return owner == null ? new Query() : Query.query(Criteria.where("owner").is(owner));
    }

    public boolean markWriting(String storyId) {
        return apply(Criteria.where("_id").is(storyId).and("status").is(StoryStatus.REQUESTED),
                touch().set("status", StoryStatus.WRITING));
    }

    /**
     * Records the cost estimate while the story is being written: a written story's estimate is the one its
     * stages were allowed to spend by, and is not replaced.
     */
    public boolean recordEstimate(String storyId, CostEstimate estimate) {
        return apply(Criteria.where("_id").is(storyId).and("title").isNull().and("status").in(StoryStatus.REQUESTED, StoryStatus.WRITING),
                touch().set("estimate", estimate));
    }

    /**
     * Records the written scenes, the story's characters and what writing them cost (null for a local writer), once,
     * together. A story whose request asks for a storyboard review waits AWAITING_APPROVAL instead of going on to its
     * pictures and narration.
     */
    public boolean recordWritten(String storyId, String title, String writer, VendorCost cost, List<SceneScript> scenes,
            List<StoryCharacter> characters, Review review) {
        List<SceneState> states = new ArrayList<>();
        for (SceneScript scene : scenes) {
            states.add(SceneState.written(scene.index(), scene.narration(), scene.imagePrompt()));
        }
        Update update = touch().set("title", title).set("writer", writer).set("writerCost", cost).set("scenes", states)
                .set("characters", characters);
        if (review == Review.STORYBOARD) {
            update.set("status", StoryStatus.AWAITING_APPROVAL).set("awaiting", Review.STORYBOARD);
        }
        else {
            update.set("status", StoryStatus.GENERATING);
        }
        return apply(Criteria.where("_id").is(storyId).and("title").isNull().and("status").in(StoryStatus.REQUESTED, StoryStatus.WRITING),
                update);
    }

    /**
     * Records a stage of a scene as done, unless it already is or the completion is of {@code attempt} before the
     * scene's latest edit (it was made from the text the edit replaced).
     */
    public boolean recordStage(String storyId, int scene, Stage stage, StageState state, int attempt) {
        String path = stagePath(scene, stage);
        String edited = "scenes." + scene + ".editAttempt";
        return apply(Criteria.where("_id").is(storyId).and(path + ".state").ne(StageStatus.DONE)
                        .orOperator(Criteria.where(edited).exists(false), Criteria.where(edited).lte(attempt)),
                touch().set(path, state));
    }

    /**
     * Claims a scene's inputs gate: both inputs done, not yet claimed, story generating (not failed, not waiting
     * for approval) and not still to be held for a pictures review.
     */
    public boolean claimInputsGate(String storyId, int scene) {
        return apply(Criteria.where("_id").is(storyId)
                        .and("status").is(StoryStatus.GENERATING)
                        .and(stagePath(scene, Stage.IMAGE) + ".state").is(StageStatus.DONE)
                        .and(stagePath(scene, Stage.NARRATION) + ".state").is(StageStatus.DONE)
                        .and(gatePath(scene)).exists(false)
                        .orOperator(Criteria.where("request.review").ne(Review.PICTURES.label()),
                                Criteria.where("approvedAt").exists(true)),
                touch().set(gatePath(scene), GateState.claimed(now())));
    }

    /**
     * Holds a story for its pictures review: it asked for one, is not yet approved, is generating, and every one of
     * its scenes has its picture and narration. Only one caller can make the change.
     */
    public boolean holdForPictures(String storyId, int sceneCount) {
        Criteria criteria = Criteria.where("_id").is(storyId).and("status").is(StoryStatus.GENERATING)
                .and("request.review").is(Review.PICTURES.label()).and("approvedAt").exists(false);
        for (int scene = 0; scene < sceneCount; scene++) {
            criteria = criteria.and(stagePath(scene, Stage.IMAGE) + ".state").is(StageStatus.DONE)
                    .and(stagePath(scene, Stage.NARRATION) + ".state").is(StageStatus.DONE);
        }
        return apply(criteria, touch().set("status", StoryStatus.AWAITING_APPROVAL).set("awaiting", Review.PICTURES));
    }

    /**
     * Approves the review a story waits at, if it still waits as read: it goes on GENERATING and never waits again.
     * Returns the story as it now is, or empty when it no longer waited.
     */
    public Optional<StoryDocument> approve(StoryDocument read) {
        boolean applied = apply(Criteria.where("_id").is(read.id()).and("status").is(StoryStatus.AWAITING_APPROVAL)
                        .and("attempt").is(read.attempt()),
                touch().set("status", StoryStatus.GENERATING).set("approvedAt", now()).unset("awaiting"));
        return applied ? find(read.id()) : Optional.empty();
    }

    /**
     * Changes a scene's text on a story that is COMPLETED, FAILED or AWAITING_APPROVAL, if it is still exactly as
     * read. The stages the change makes stale are cleared (a new narration: the narration; a new picture prompt: the
     * picture; either: the clip, the merge and the scene's gate) with the render gate, and what they cost is kept in
     * {@code replacedCosts}; a final video becomes the newest of {@code versions}. The edit begins the next attempt,
     * so work on the old text still in flight is not recorded: a COMPLETED story, or one held for pictures, goes on
     * GENERATING under it; a FAILED story stays FAILED for the retry that follows to begin it; a story held for its
     * storyboard keeps waiting. Returns the story as it now is, or empty when it changed meanwhile.
     */
    public Optional<StoryDocument> editScene(StoryDocument read, int scene, String narration, String imagePrompt) {
        SceneState before = read.scenes().get(scene);
        Update update = touch().set(scenePath(scene) + ".editedAt", now()).set(scenePath(scene) + ".editAttempt", read.attempt() + 1);
        if (narration != null) {
            update.set(scenePath(scene) + ".narration", narration);
        }
        if (imagePrompt != null) {
            update.set(scenePath(scene) + ".imagePrompt", imagePrompt);
        }
        List<VendorCost> replacedCosts = new ArrayList<>(read.replacedCosts());
        for (Stage stage : SceneState.madeStaleBy(narration != null, imagePrompt != null)) {
            StageState state = before.stage(stage);
            if (state != null && state.cost() != null) {
                replacedCosts.add(state.cost());
            }
            update.unset(stagePath(scene, stage));
        }
        update.unset(gatePath(scene)).unset("renderGate").set("replacedCosts", replacedCosts);
        if (read.output() != null) {
            List<StoryVersion> versions = new ArrayList<>(read.versions());
            versions.add(new StoryVersion(versions.size() + 1, read.output(), now()));
            update.set("versions", versions).unset("output");
        }
        if (read.status() != StoryStatus.FAILED) {
            update.inc("attempt", 1);
        }
        if (read.status() == StoryStatus.COMPLETED || read.awaiting() == Review.PICTURES) {
            update.set("status", StoryStatus.GENERATING).unset("awaiting");
        }
        boolean applied = apply(Criteria.where("_id").is(read.id()).and("status").is(read.status())
                .and("attempt").is(read.attempt()).and("updatedAt").is(read.updatedAt()), update);
        return applied ? find(read.id()) : Optional.empty();
    }

    /** Takes over a gate whose claimer never published (claimed at {@code claimedAt}). */
    public boolean reclaimInputsGate(String storyId, int scene, Instant claimedAt) {
        return apply(Criteria.where("_id").is(storyId).and(gatePath(scene) + ".state").is(GateStatus.CLAIMED)
                .and(gatePath(scene) + ".at").is(claimedAt), touch().set(gatePath(scene), GateState.claimed(now())));
    }

    public void markInputsGatePublished(String storyId, int scene) {
        apply(Criteria.where("_id").is(storyId), touch().set(gatePath(scene), GateState.published(now())));
    }

    /** Claims the render gate: every one of the story's scenes merged, not yet claimed, story not failed. */
    public boolean claimRenderGate(String storyId, int sceneCount) {
        Criteria criteria = Criteria.where("_id").is(storyId).and("status").is(StoryStatus.GENERATING)
                .and("renderGate").exists(false);
        // One condition per scene: exact, and needs nothing beyond plain equality from the server.
        for (int scene = 0; scene < sceneCount; scene++) {
            criteria = criteria.and(stagePath(scene, Stage.MERGE) + ".state").is(StageStatus.DONE);
        }
        return apply(criteria, touch().set("renderGate", GateState.claimed(now()))
                .set("status", StoryStatus.RENDERING));
    }

    public boolean reclaimRenderGate(String storyId, Instant claimedAt) {
        return apply(Criteria.where("_id").is(storyId).and("renderGate.state").is(GateStatus.CLAIMED).and("renderGate.at").is(claimedAt),
                touch().set("renderGate", GateState.claimed(now())));
    }

    public void markRenderGatePublished(String storyId) {
        apply(Criteria.where("_id").is(storyId), touch().set("renderGate", GateState.published(now())));
    }

    public boolean recordRendered(String storyId, StoryOutput output) {
        return apply(Criteria.where("_id").is(storyId).and("status").is(StoryStatus.RENDERING),
                touch().set("output", output).set("status", StoryStatus.COMPLETED));
    }

    /**
     * Records a failure: the scene's stage is marked FAILED and, unless the story already finished or
     * failed, the story becomes FAILED with this reason. A stage already DONE is never marked FAILED. A
     * failure from an attempt before the story's current one changes nothing here, except on a FAILED
     * story, where it still marks its open stage so the story shows why; the aggregator decides the rest.
     */
    public boolean recordFailure(StageFailed failure) {
        Criteria current = Criteria.where("_id").is(failure.storyId()).and("attempt").lte(failure.attempt());
        if (failure.scene() != null && failure.stage() != Stage.STORY && failure.stage() != Stage.RENDER) {
            String path = stagePath(failure.scene(), failure.stage());
            apply(Criteria.where("_id").is(failure.storyId()).and(path + ".state").ne(StageStatus.DONE)
                            .orOperator(Criteria.where("attempt").lte(failure.attempt()), Criteria.where("status").is(StoryStatus.FAILED)),
                    touch().set(path, StageState.failed(failure.provider(), failure.reason(), now(), failure.cost())));
        }
        return apply(new Criteria().andOperator(current,
                        Criteria.where("status").nin(StoryStatus.COMPLETED, StoryStatus.FAILED)),
                touch().set("status", StoryStatus.FAILED).set("error", new StoryError(failure.stage(),
                        failure.scene(), failure.provider(), failure.reason(), now(), failure.cost())));
    }

    /**
     * Starts another attempt of a story read as FAILED: clears the error and the failed stage states and
     * returns the story as it now is, or empty when it changed meanwhile (another retry won). A story whose
     * render gate was claimed waits for nothing but the render: the gate is left claimed long ago, so it is
     * published again (the render service does not redo a render it finished).
     */
    public Optional<StoryDocument> beginRetry(StoryDocument story) {
        String storyId = story.id();
        StoryStatus resumed = !story.isWritten() ? StoryStatus.REQUESTED
                : story.renderGate() != null ? StoryStatus.RENDERING : StoryStatus.GENERATING;
        Update update = touch().set("status", resumed).inc("attempt", 1).unset("error");
        if (story.renderGate() != null) {
            update.set("renderGate", GateState.claimed(Instant.EPOCH));
        }
        if (story.isWritten()) {
            for (SceneState scene : story.scenes()) {
                for (Stage stage : Stage.values()) {
                    StageState state = scene.stage(stage);
                    if (state != null && state.isFailed()) {
                        update.unset(stagePath(scene.index(), stage));
                    }
                }
            }
        }
        boolean applied = apply(Criteria.where("_id").is(storyId).and("status").is(StoryStatus.FAILED)
                .and("attempt").is(story.attempt()), update);
        return applied ? find(storyId) : Optional.empty();
    }

    /**
     * Fails a story found stalled, only if it is still exactly as read: the same status, attempt and last
     * change, and none of the stalled scene stages done. So of several watchdogs exactly one fires, and a
     * story that moved meanwhile is left alone. Each stalled scene stage is marked FAILED with the reason.
     */
    public boolean failStalled(StoryDocument read, List<PendingUnit> stalled, StoryError error) {
        Criteria criteria = Criteria.where("_id").is(read.id()).and("status").is(read.status())
                .and("attempt").is(read.attempt()).and("updatedAt").is(read.updatedAt());
        Update update = touch().set("status", StoryStatus.FAILED).set("error", error);
        for (PendingUnit unit : stalled) {
            if (unit.scene() != null) {
                String path = stagePath(unit.scene(), unit.stage());
                criteria = criteria.and(path + ".state").ne(StageStatus.DONE);
                update.set(path, StageState.failed(error.provider(), error.reason(), error.at(), null));
            }
        }
        return apply(criteria, update);
    }

    /** Runs {@code action} on every story still under way that nothing has touched since {@code before}, oldest first. */
    public void forEachQuietSince(Instant before, Consumer<StoryDocument> action) {
        Query query = Query.query(Criteria.where("status").in(StoryStatus.REQUESTED, StoryStatus.WRITING,
                StoryStatus.GENERATING, StoryStatus.RENDERING).and("updatedAt").lt(before))
                .with(Sort.by(Sort.Direction.ASC, "updatedAt"));
        try (Stream<StoryDocument> stories = mongo.stream(query, StoryDocument.class)) {
            stories.forEach(action);
        }
    }

    /** Stories still under way that nothing has touched since {@code before}. */
    public List<StoryDocument> findQuietSince(Instant before, int limit) {
        return mongo.find(Query.query(Criteria.where("status").in(StoryStatus.REQUESTED, StoryStatus.WRITING,
                StoryStatus.GENERATING, StoryStatus.RENDERING).and("updatedAt").lt(before)).limit(limit), StoryDocument.class);
    }

    /** Stories changed after {@code since}, for the progress stream. */
    public List<StoryDocument> findChangedSince(List<String> storyIds, Instant since) {
        return mongo.find(Query.query(Criteria.where("_id").in(storyIds).and("updatedAt").gt(since)), StoryDocument.class);
    }

    private boolean apply(Criteria criteria, Update update) {
        return mongo.updateFirst(Query.query(criteria), update, StoryDocument.class).getModifiedCount() == 1;
    }

    private Update touch() {
        return new Update().set("updatedAt", now());
    }

    private Instant now() {
        return clock.instant();
    }

    static String stagePath(int scene, Stage stage) {
        return scenePath(scene) + ".stages." + StoryDocument.field(stage);
    }

    private static String scenePath(int scene) {
        return "scenes." + scene;
    }

    static String gatePath(int scene) {
        return "scenes." + scene + ".inputsGate";
    }
}
