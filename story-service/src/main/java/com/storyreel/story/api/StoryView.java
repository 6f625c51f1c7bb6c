package com.storyreel.story.api;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryCharacter;
import com.storyreel.events.VendorCost;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.story.state.CostEstimate;
import com.storyreel.story.state.SceneState;
import com.storyreel.story.state.StageState;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryError;
import com.storyreel.story.state.StoryOutput;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.state.StoryStatus;

/**
 * A story as the API shows it: status, progress, its characters, each scene's stages, output links and earlier
 * versions, the error, what it cost and what it was estimated to cost before it spent, and its trace id: every
 * service's spans and log lines about the story carry it.
 *
 * @param awaiting the review the story waits at ("storyboard", "pictures") while AWAITING_APPROVAL
 * @param characters the story's bible: each character's name, role and the description every picture of them uses
 * @param versions the final videos scene edits replaced, oldest first; the current one is {@code output}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryView(String storyId, String status, String title, int attempt, StoryRequest request, String awaiting,
        Progress progress, List<StoryCharacter> characters, List<SceneView> scenes, Output output, List<Version> versions,
        StoryError error, Costs costs, CostEstimate estimate, Instant createdAt, Instant updatedAt, String traceId,
        Map<String, String> links) {

    /** Counts of finished units; percent weighs writing 5, the scene stages 80 and the render 15. */
    public record Progress(int scenes, long images, long narrations, long clips, long merges, boolean rendered,
            int percent) {
    }

    /** A scene's stages and what they cost at paid vendors, one entry per vendor and unit; when it was last edited. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SceneView(int index, String narration, String imagePrompt, Map<String, StageView> stages,
            List<VendorCost> costs, Instant editedAt) {
    }

    /** A scene's stage; {@code finishedAt} is when it was done or failed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StageView(String state, String provider, Double durationSeconds, String reason, URI url, VendorCost cost,
            Instant finishedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Output(URI video, URI srt, URI vtt, double durationSeconds, String provider, VendorCost cost) {

        static Output of(StoryOutput output, AssetStore assets) {
            return new Output(assets.presignedUrl(output.videoKey()), assets.presignedUrl(output.srtKey()),
                    assets.presignedUrl(output.vttKey()), output.durationSeconds(), output.provider(), output.cost());
        }
    }

    /** A final video a scene edit replaced: version 1 is the story's first render. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Version(int version, URI video, URI srt, URI vtt, double durationSeconds, VendorCost cost,
            Instant replacedAt) {
    }

    /**
     * What the story cost at paid vendors so far, in each vendor's own unit: in total (with the work scene edits
     * replaced), and for the work on the whole story (writing, the current render); per-scene costs are on each scene. Empty with the local providers.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Costs(List<VendorCost> total, VendorCost writing, VendorCost render) {
    }

    static StoryView of(StoryDocument story, AssetStore assets, boolean withScenes) {
        List<SceneState> scenes = story.scenes() == null ? List.of() : story.scenes();
        boolean rendered = story.output() != null;
        Progress progress = progress(story, scenes, rendered);
        List<SceneView> sceneViews = withScenes ? scenes.stream().map(s -> scene(s, assets)).toList() : null;
        Output output = rendered ? Output.of(story.output(), assets) : null;
        List<Version> versions = story.versions().isEmpty() ? null : story.versions().stream().map(version -> {
            Output earlier = Output.of(version.output(), assets);
            return new Version(version.version(), earlier.video(), earlier.srt(), earlier.vtt(), earlier.durationSeconds(),
                    earlier.cost(), version.replacedAt());
        }).toList();
        String self = "/api/stories/" + story.id();
        Map<String, String> links = new LinkedHashMap<>(Map.of("self", self, "events", self + "/events", "retry",
                self + "/retry", "scene", self + "/scenes/{index}"));
        if (story.status() == StoryStatus.AWAITING_APPROVAL) {
            links.put("approve", self + "/approve");
        }
        return new StoryView(story.id(), story.status().name(), story.title(), story.attempt(), story.request(),
                story.awaiting() == null ? null : story.awaiting().label(), progress,
                withScenes ? story.characters() : null, sceneViews, output, versions,
                story.error(), costs(story), story.estimate(), story.createdAt(), story.updatedAt(),
                StoryContext.traceId(story.traceparent()), links);
    }

    private static Progress progress(StoryDocument story, List<SceneState> scenes, boolean rendered) {
        int count = scenes.size();
        long images = story.countDone(Stage.IMAGE);
        long narrations = story.countDone(Stage.NARRATION);
        long clips = story.countDone(Stage.CLIP);
        long merges = story.countDone(Stage.MERGE);
        double percent = story.isWritten() ? 5 : 0;
        if (count > 0) {
            percent += 80.0 * (images + narrations + clips + merges) / (4.0 * count);
        }
        if (rendered) {
            percent = 100;
        }
        return new Progress(count, images, narrations, clips, merges, rendered, (int) Math.floor(percent));
    }

    private static SceneView scene(SceneState scene, AssetStore assets) {
        Map<String, StageView> stages = new LinkedHashMap<>();
        for (Stage stage : SceneState.STAGES) {
            StageState state = scene.stage(stage);
            stages.put(stage.name().toLowerCase(), state == null ? new StageView("PENDING", null, null, null, null, null, null)
                    : new StageView(state.state().name(), state.provider(), state.durationSeconds(), state.reason(),
                            state.isDone() && state.key() != null ? assets.presignedUrl(state.key()) : null, state.cost(),
                            state.at()));
        }
        return new SceneView(scene.index(), scene.narration(), scene.imagePrompt(), stages, VendorCost.totals(scene.costs()),
                scene.editedAt());
    }

    private static Costs costs(StoryDocument story) {
        return new Costs(VendorCost.totals(story.spentCosts()), story.writerCost(), story.renderCost());
    }
}
