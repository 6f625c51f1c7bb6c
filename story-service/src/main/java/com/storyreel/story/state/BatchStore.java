package com.storyreel.story.state;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Reads and creates batch documents. A batch never changes once made: its stories carry the progress. */
public class BatchStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    public BatchStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Optional<BatchDocument> find(String batchId) {
        return Optional.ofNullable(mongo.findById(batchId, BatchDocument.class));
    }

    /** Creates the batch of these stories, now, or returns the one that already has this id. */
    public BatchDocument createIfAbsent(String batchId, String owner, List<String> storyIds) {
        try {
            return mongo.insert(BatchDocument.created(batchId, owner, storyIds, clock.instant()));
        }
        catch (DuplicateKeyException ex) {
            return find(batchId).orElseThrow(() -> ex);
        }
    }
}
