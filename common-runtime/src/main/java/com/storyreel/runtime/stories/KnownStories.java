package com.storyreel.runtime.stories;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneInputsReady;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.StoryEvent;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.storyreel.runtime.events.InvalidEventException;

/**
 * Lets a stage act only on a story the story service knows, in a state that asks for that work, with
 * scenes that exist: a scene of a written story, a scene's clip or merge only once
 * the aggregator opened that scene's inputs gate, the render only once it opened the render gate, and
 * no attempt ahead of the story's. Anything else is forged or corrupt: it starts no work and goes to
 * the binding's dead-letter topic with the reason ({@link InvalidEventException}).
 *
 * <p>The stages share the story service's MongoDB database, so this reads the story service's
 * {@code stories} collection directly: one document by id, projected to its status, attempt and gates
 * (never the text). It never writes there; the story service stays the document's only writer.
 */
public class KnownStories {

    /** The story service's collection ({@code StoryDocument.COLLECTION}); its fields read here are named below. */
    static final String COLLECTION = "stories";

    /** The field {@code StoryDocument.traceparent}. */
    static final String TRACEPARENT = "traceparent";

    private final MongoTemplate mongo;

    public KnownStories(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The stage's handler, called only for a record that passes {@link #require}. */
    public <E extends StoryEvent> Consumer<E> checked(Consumer<E> handler) {
        return event -> {
            require(event);
            handler.accept(event);
        };
    }

    /** Throws {@link InvalidEventException} with the reason unless the story asks for the work this record starts. */
    public void require(StoryEvent event) {
        switch (event) {
            case SceneWritten written -> {
                KnownStory story = find(written.storyId(), written.attempt());
                InvalidEventException.require(story.sceneCount() > 0, "Story " + story.id() + " is " + story.status()
                        + " and has no written scenes to illustrate or narrate");
                requireScene(story, written.scene());
            }
            case SceneInputsReady inputs -> requireOpenScene(find(inputs.storyId(), inputs.attempt()), inputs.scene(), "clip");
            case SceneClipRendered clip -> requireOpenScene(find(clip.storyId(), clip.attempt()), clip.scene(), "merge");
            case AllScenesMerged merged -> {
                KnownStory story = find(merged.storyId(), merged.attempt());
                InvalidEventException.require(story.sentToRender(), "Story " + story.id() + " is " + story.status()
                        + " and was never sent to render");
                requireSameScenes(story, merged.scenes() == null ? List.of()
                        : merged.scenes().stream().map(s -> s == null ? null : s.index()).toList());
            }
            default -> throw new IllegalArgumentException("No stage starts with " + event.getClass().getSimpleName());
        }
    }

    /**
     * The W3C traceparent the story service stored when it created the story (the story's trace), if
     * the story is known and has one.
     */
    public Optional<String> traceparent(String storyId) {
        Query query = Query.query(Criteria.where("_id").is(storyId));
        query.fields().include(TRACEPARENT);
        Document document = mongo.findOne(query, Document.class, COLLECTION);
        return Optional.ofNullable(document).map(found -> found.getString(TRACEPARENT));
    }

    private KnownStory find(String storyId, int attempt) {
        Query query = Query.query(Criteria.where("_id").is(storyId));
        query.fields().include("status", "attempt", "renderGate.state", "scenes.inputsGate.state");
        Document document = mongo.findOne(query, Document.class, COLLECTION);
        InvalidEventException.require(document != null, "Unknown story " + storyId);
        KnownStory story = KnownStory.of(storyId, document);
        InvalidEventException.require(attempt <= story.attempt(), "Attempt " + attempt + " is ahead of story " + storyId
                + "'s attempt " + story.attempt());
        return story;
    }

    private static void requireOpenScene(KnownStory story, int scene, String work) {
        requireScene(story, scene);
        InvalidEventException.require(story.inputsGates().get(scene), "Scene " + scene + " of story " + story.id()
                + " is not ready for its " + work + ": its inputs gate was never opened");
    }

    private static void requireScene(KnownStory story, int scene) {
        InvalidEventException.require(scene >= 0 && scene < story.sceneCount(), "Story " + story.id() + " has no scene "
                + scene + " (it has " + story.sceneCount() + ")");
    }

    private static void requireSameScenes(KnownStory story, List<Integer> indexes) {
        InvalidEventException.require(indexes.size() == story.sceneCount(), "The record has " + indexes.size()
                + " scenes; story " + story.id() + " has " + story.sceneCount());
        InvalidEventException.require(indexes.stream().filter(Objects::nonNull).sorted().distinct().toList()
                .equals(IntStream.range(0, story.sceneCount()).boxed().toList()),
                "The record's scene indexes are not 0 to " + (story.sceneCount() - 1) + ", each once");
    }

    /** The projection of a story document read here. */
    private record KnownStory(String id, String status, int attempt, boolean sentToRender, List<Boolean> inputsGates) {

        static KnownStory of(String id, Document document) {
            List<Document> scenes = document.getList("scenes", Document.class, List.of());
            int attempt = document.get("attempt") instanceof Number number ? number.intValue() : 0;
            return new KnownStory(id, document.getString("status"), attempt, document.get("renderGate") instanceof Document,
                    scenes.stream().map(scene -> scene != null && scene.get("inputsGate") instanceof Document).toList());
        }

        int sceneCount() {
            return inputsGates.size();
        }
    }
}
