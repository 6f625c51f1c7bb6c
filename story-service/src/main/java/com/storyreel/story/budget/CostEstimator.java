package com.storyreel.story.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

import com.storyreel.events.SceneScript;
import com.storyreel.events.Stage;
import com.storyreel.events.VendorCost;
import com.storyreel.story.state.CostEstimate;
import com.storyreel.story.state.SceneState;
import com.storyreel.story.state.StoryDocument;
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
        costs.addAll(toMake(scenes, (scene, stage) -> true));
        return new CostEstimate(List.copyOf(costs), videoSeconds(scenes), true);
    }

    /**
     * What the story will have cost once an edit of one scene's text is made: what it has cost so far, with every
     * stage left to make after the edit (the stages the edit makes stale, those not yet done) and the final render.
     * A null text is one the edit leaves as it is.
     */
    public CostEstimate afterEdit(StoryDocument story, int scene, String narration, String imagePrompt) {
        List<Stage> stale = SceneState.madeStaleBy(narration != null, imagePrompt != null);
        List<SceneScript> scripts = story.scriptsEdited(scene, narration, imagePrompt);
        List<VendorCost> costs = new ArrayList<>(story.spentCosts());
        costs.addAll(toMake(scripts, (script, stage) -> script.index() == scene && stale.contains(stage)
                || !story.scenes().get(script.index()).isDone(stage)));
        return new CostEstimate(VendorCost.totals(costs), videoSeconds(scripts), true);
    }

    /** Why an edit of one scene may not be made: it would take the story over its budget at a vendor. */
    public Optional<String> editRefusal(StoryDocument story, int scene, String narration, String imagePrompt) {
        return budget.refusal(afterEdit(story, scene, narration, imagePrompt));
    }

    /** What making these scenes' stages that {@code toMake} selects, and then the final render, costs at vendors. */
    private List<VendorCost> toMake(List<SceneScript> scenes, BiPredicate<SceneScript, Stage> toMake) {
        List<VendorCost> costs = new ArrayList<>();
        if (stages.imagesByLeonardo()) {
            long pictures = scenes.stream().filter(scene -> toMake.test(scene, Stage.IMAGE)).count();
            costs.add(new VendorCost(LEONARDO, "credits", pictures * budget.leonardoCreditsPerImage()));
        }
        if (stages.narrationByElevenLabs()) {
            costs.add(new VendorCost(ELEVENLABS, "characters", scenes.stream().filter(scene -> toMake.test(scene, Stage.NARRATION))
                    .mapToInt(scene -> scene.narration().length()).sum()));
        }
        double renderSeconds = stages.renderByJson2Video() ? spoken.videoSeconds(scenes) : 0;
        for (SceneScript scene : scenes) {
            double seconds = spoken.videoSeconds(List.of(scene));
            renderSeconds += (stages.clipsByJson2Video() && toMake.test(scene, Stage.CLIP) ? seconds : 0)
                    + (stages.mergesByJson2Video() && toMake.test(scene, Stage.MERGE) ? seconds : 0);
        }
        if (renderSeconds > 0) {
            costs.add(new VendorCost(JSON2VIDEO, "render-seconds", Math.ceil(renderSeconds)));
        }
        return costs;
    }

    private Double videoSeconds(List<SceneScript> scenes) {
        return Math.round(spoken.videoSeconds(scenes) * 10) / 10.0;
    }
}
