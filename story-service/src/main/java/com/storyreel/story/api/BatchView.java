package com.storyreel.story.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.storyreel.events.Stage;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.story.state.BatchDocument;
import com.storyreel.story.state.StoryDocument;

/**
 * A batch as the API shows it: each story's status, progress, error and video, in the order asked for, and
 * how many stories are in each state.
 */
public record BatchView(String batchId, Instant createdAt, List<Item> stories, Summary summary) {

    /** One story of the batch; the failure fields when it FAILED, the video link when it COMPLETED. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String storyId, String title, String status, int percent, Stage failedStage, Integer failedScene,
            String reason, URI video, String self) {
    }

    public record Summary(int total, int completed, int failed, int running, int awaitingApproval) {
    }

    /** The batch with its stories, read by id; a story no longer found is left out of the items but counted in the total. */
    static BatchView of(BatchDocument batch, Map<String, StoryDocument> stories, AssetStore assets) {
        List<StoryDocument> found = batch.storyIds().stream().map(stories::get).filter(Objects::nonNull).toList();
        return new BatchView(batch.id(), batch.createdAt(), found.stream().map(story -> item(story, assets)).toList(),
                summary(batch.storyIds().size(), found));
    }

    private static Item item(StoryDocument story, AssetStore assets) {
        // The story's own view, so percent and the video link are the ones GET /api/stories/{id} answers.
        StoryView view = StoryView.of(story, assets, false);
        var error = story.error();
        return new Item(story.id(), story.title(), view.status(), view.progress().percent(),
                error == null ? null : error.stage(), error == null ? null : error.scene(), error == null ? null : error.reason(),
                view.output() == null ? null : view.output().video(), view.links().get("self"));
    }

    private static Summary summary(int total, List<StoryDocument> stories) {
        int completed = 0;
        int failed = 0;
        int running = 0;
        int awaitingApproval = 0;
        for (StoryDocument story : stories) {
            switch (story.status()) {
                case COMPLETED -> completed++;
                case FAILED -> failed++;
                case AWAITING_APPROVAL -> awaitingApproval++;
                default -> running++;
            }
        }
        return new Summary(total, completed, failed, running, awaitingApproval);
    }
}
