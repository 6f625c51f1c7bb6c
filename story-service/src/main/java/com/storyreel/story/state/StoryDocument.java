package com.storyreel.story.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.storyreel.events.SceneScript;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryCharacter;
import com.storyreel.events.VendorCost;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Everything known about one story, in one MongoDB document: the request, the written scenes with
 * the state of each stage, the gates, the output and the error. The aggregator is its only writer and
 * changes it only by conditional updates, so duplicated or concurrent events cannot double-count.
 *
 * @param owner the fingerprint of the API key that asked for the story (see Caller); null without keys
 * @param writerCost what writing the story cost at a vendor (null for the local writers), kept so every
 *        re-publication of the written story carries it
 * @param estimate what the story is expected to cost at vendors, made before the first paid call
 * @param traceparent the W3C traceparent of the span that created the story: every service continues this
 *        trace for the story (see StoryContext), so one story is one trace
 * @param awaiting the review the story waits at while AWAITING_APPROVAL, else null
 * @param approvedAt when the owner approved the review the request asked for; null until then
 * @param versions the final videos that scene edits replaced, oldest first
 * @param replacedCosts what the stage work that scene edits replaced had cost, so the story's total stays true
 * @param characters the story's bible as its writer wrote it, recorded with the scenes (empty for stories written
 *        before there was one)
 */
@Document(StoryDocument.COLLECTION)
public record StoryDocument(@Id String id, StoryStatus status, StoryRequest request, String owner, String idempotencyKey,
        String requestHash, int attempt, String title, String writer, VendorCost writerCost, CostEstimate estimate, List<SceneState> scenes,
        GateState renderGate,
        StoryOutput output, StoryError error, Instant createdAt, Instant updatedAt, String traceparent, Review awaiting,
        Instant approvedAt, List<StoryVersion> versions, List<VendorCost> replacedCosts, List<StoryCharacter> characters) {

    public StoryDocument {
        versions = versions == null ? List.of() : versions;
        replacedCosts = replacedCosts == null ? List.of() : replacedCosts;
        characters = characters == null ? List.of() : characters;
    }

    public static final String COLLECTION = "stories";

    /** A new story, not yet written: attempt 0, no scenes, created and last changed at {@code at}. */
    public static StoryDocument requested(String id, StoryRequest request, String owner, String idempotencyKey,
            String requestHash, Instant at, String traceparent) {
        return new StoryDocument(id, StoryStatus.REQUESTED, request, owner, idempotencyKey, requestHash, 0, null, null,
                null, null, List.of(), null, null, null, at, at, traceparent, null, null, List.of(), List.of(), List.of());
    }

    /** The field a stage's state is stored under in a scene's {@code stages}. */
    public static String field(Stage stage) {
        return stage.name().toLowerCase();
    }

    /** Whether the story still has to stop at {@code review} for its owner's approval. */
    public boolean holdsAt(Review review) {
        return review != Review.NONE && request.reviewPoint() == review && approvedAt == null;
    }

    /** The characters as one bible, to tell which of them a scene's picture shows. */
    public StoryBible bible() {
        return new StoryBible(characters);
    }

    /** The scenes' text as an edit of one of them leaves it; a null text is one the edit leaves as it is. */
    public List<SceneScript> scriptsEdited(int scene, String narration, String imagePrompt) {
        return scenes.stream().map(s -> s.index() != scene ? s.script() : new SceneScript(scene,
                narration != null ? narration : s.narration(), imagePrompt != null ? imagePrompt : s.imagePrompt())).toList();
    }

    /** What the final render cost: the current video's, or a failed render's; null if neither cost anything. */
    public VendorCost renderCost() {
        return output != null ? output.cost() : error != null && error.scene() == null ? error.cost() : null;
    }

    /**
     * Everything the story has cost at vendors so far: writing, each scene's stages, the render, and the work and
     * earlier videos that scene edits replaced, which were paid for all the same. One entry per charge.
     */
    public List<VendorCost> spentCosts() {
        List<VendorCost> all = new ArrayList<>();
        if (writerCost != null) {
            all.add(writerCost);
        }
        if (scenes != null) {
            scenes.forEach(scene -> all.addAll(scene.costs()));
        }
        if (renderCost() != null) {
            all.add(renderCost());
        }
        all.addAll(replacedCosts);
        versions.stream().map(version -> version.output().cost()).filter(Objects::nonNull).forEach(all::add);
        return all;
    }

    public boolean isWritten() {
        return scenes != null && !scenes.isEmpty();
    }

    public String aspectRatio() {
        return request.aspectRatio() == null ? "16:9" : request.aspectRatio();
    }

    public long countDone(Stage stage) {
        return scenes == null ? 0 : scenes.stream().filter(s -> s.isDone(stage)).count();
    }

    public boolean allScenesDone(Stage stage) {
        return isWritten() && countDone(stage) == scenes.size();
    }
}
