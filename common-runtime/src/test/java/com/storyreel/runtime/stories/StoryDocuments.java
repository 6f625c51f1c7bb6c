package com.storyreel.runtime.stories;

import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClients;
import com.storyreel.localstack.SharedLocalStack;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Story documents shaped as the story service stores them, for stage tests that publish a stage's
 * input themselves: the stage works only on a story the story service knows ({@link KnownStories}).
 */
public final class StoryDocuments {

    private StoryDocuments() {
    }

    /** The shared local stack's database, for tests that seed stories outside a Spring context. */
    public static MongoTemplate sharedDatabase() {
        return SharedDatabase.MONGO;
    }

    private static final class SharedDatabase {
        static final MongoTemplate MONGO = new MongoTemplate(
                MongoClients.create(SharedLocalStack.get().mongo().connectionString()), "storyreel");
    }

    /** A story just written (GENERATING): its scenes exist, no gate is open yet. */
    public static void written(MongoTemplate mongo, String storyId, int scenes) {
        insert(mongo, storyId, "GENERATING", scenes, 0, false, false);
    }

    /** A story whose every scene's inputs gate is open (GENERATING): clips and merges are due. */
    public static void inputsReady(MongoTemplate mongo, String storyId, int scenes) {
        insert(mongo, storyId, "GENERATING", scenes, 0, true, false);
    }

    /** A story sent to render (RENDERING): every gate open. */
    public static void rendering(MongoTemplate mongo, String storyId, int scenes) {
        insert(mongo, storyId, "RENDERING", scenes, 0, true, true);
    }

    /** A story in any state, at any attempt. */
    public static void insert(MongoTemplate mongo, String storyId, String status, int scenes, int attempt,
            boolean inputsGatesOpen, boolean renderGateOpen) {
        Document gate = new Document("state", "PUBLISHED").append("at", new Date());
        List<Document> sceneDocuments = IntStream.range(0, scenes).mapToObj(i -> {
            Document scene = new Document("index", i).append("narration", "Scene " + i + ".")
                    .append("imagePrompt", "scene " + i).append("stages", new Document());
            return inputsGatesOpen ? scene.append("inputsGate", gate) : scene;
        }).toList();
        Document story = new Document("_id", storyId).append("status", status).append("attempt", attempt)
                .append("scenes", sceneDocuments).append("createdAt", new Date()).append("updatedAt", new Date());
        if (renderGateOpen) {
            story.append("renderGate", gate);
        }
        mongo.save(story, KnownStories.COLLECTION);
    }
}
