package com.storyreel.story.state;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A batch of stories asked for in one request: which stories, in the order they were asked for. The
 * stories themselves are ordinary story documents; the batch only groups them.
 *
 * @param owner the fingerprint of the API key that asked for the batch (see Caller); null without keys
 */
@Document(BatchDocument.COLLECTION)
public record BatchDocument(@Id String id, String owner, List<String> storyIds, Instant createdAt) {

    public static final String COLLECTION = "batches";

    /** A new batch of these stories, in this order, created at {@code at}. */
    public static BatchDocument created(String id, String owner, List<String> storyIds, Instant at) {
        return new BatchDocument(id, owner, List.copyOf(storyIds), at);
    }

    /** Whether the caller with this fingerprint may see the batch: anyone without keys (null), else only its owner. */
    public boolean isVisibleTo(String caller) {
        return caller == null || caller.equals(owner);
    }
}
