package com.storyreel.story.api;

import java.util.List;

/** The answer to a new batch: where to follow it, and each story it started, in the order asked for. */
public record BatchCreated(String batchId, String self, List<Item> stories) {

    public record Item(String storyId, String self) {
    }

    static BatchCreated of(String batchId, List<String> storyIds) {
        return new BatchCreated(batchId, BatchController.PATH + "/" + batchId,
                storyIds.stream().map(id -> new Item(id, "/api/stories/" + id)).toList());
    }
}
