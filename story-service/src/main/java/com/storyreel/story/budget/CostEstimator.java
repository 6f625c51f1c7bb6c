package com.storyreel.story.budget;

import java.util.ArrayList;
import java.util.List;

import com.storyreel.events.SceneScript;
import com.storyreel.events.VendorCost;
import com.storyreel.story.state.CostEstimate;
import com.storyreel.story.storytelling.SpokenLength;

/**
 * Estimates a story's cost at each vendor that will take part, in the units the vendors bill and the
 * stages record: OpenAI tokens, Leonardo credits (one picture a scene), ElevenLabs characters (the
 * narration as written), JSON2Video render-seconds (each clip and each merge last their scene, the final
 * render the whole story). Stages on free local providers add nothing.
 */
public class CostEstimator {

    static final String OPENAI = "openai";
    static final String LEONARDO = "leonardo";
    static final String ELEVENLABS = "elevenlabs";
    static final String JSON2VIDEO = "json2video";

    private final StageProviders stages;
    private final BudgetProperties budget;
    private final SpokenLength spoken;

    public CostEstimator(StageProviders stages, BudgetProperties budget, SpokenLength spoken) {
        this.stages = stages;
        this.budget = budget;
        this.spoken = spoken;
    }

    /** Before writing: what the writer may cost (null for a local writer); the scenes are not known yet. */
    public CostEstimate beforeWriting(VendorCost writer) {
        return new CostEstimate(writer == null ? List.of() : List.of(writer), null, false);
    }

    /** Once written, before any picture or narration: the writer's actual cost and every later stage's estimate. */
    public CostEstimate written(VendorCost writer, List<SceneScript> scenes) {
        List<VendorCost> costs = new ArrayList<>();
        if (writer != null) {
            costs.add(writer);
        }
        if (stages.imagesByLeonardo()) {
            costs.add(new VendorCost(LEONARDO, "credits", scenes.size() * budget.leonardoCreditsPerImage()));
        }
        if (stages.narrationByElevenLabs()) {
            costs.add(new VendorCost(ELEVENLABS, "characters", scenes.stream().mapToInt(s -> s.narration().length()).sum()));
        }
        double videoSeconds = spoken.videoSeconds(scenes);
        double renderSeconds = (stages.clipsByJson2Video() ? videoSeconds : 0) + (stages.mergesByJson2Video() ? videoSeconds : 0)
                + (stages.renderByJson2Video() ? videoSeconds : 0);
        if (renderSeconds > 0) {
            costs.add(new VendorCost(JSON2VIDEO, "render-seconds", Math.ceil(renderSeconds)));
        }
        return new CostEstimate(List.copyOf(costs), Math.round(videoSeconds * 10) / 10.0, true);
    }
}
