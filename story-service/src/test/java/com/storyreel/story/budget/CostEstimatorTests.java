package com.storyreel.story.budget;

import java.util.List;

import com.storyreel.events.SceneScript;
import com.storyreel.events.VendorCost;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.story.budget.StageProviders.Key;
import com.storyreel.story.budget.StageProviders.Stage;
import com.storyreel.story.state.CostEstimate;
import com.storyreel.story.storytelling.SpokenLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CostEstimatorTests {

    private static final Key SET = new Key("sk-test");
    private static final Key UNSET = new Key("");
    private static final BudgetProperties NO_LIMITS = new BudgetProperties(null, null, null, null, 8);
    // Two scenes of 75 words each: 30 s of speech, 31.25 s with padding; 374 characters each.
    private static final List<SceneScript> SCENES = List.of(new SceneScript(0, "word ".repeat(75).strip(), "p"),
            new SceneScript(1, "word ".repeat(75).strip(), "p"));

    @Test
    void everyStageOnItsVendorIsEstimatedInTheVendorsUnit() {
        var stages = stages("auto", "auto", "auto", "auto", "auto", SET, SET, SET);

        CostEstimate estimate = estimator(stages, NO_LIMITS).written(new VendorCost("openai", "tokens", 600), SCENES);

        assertThat(estimate.costs()).containsExactly(new VendorCost("openai", "tokens", 600),
                new VendorCost("leonardo", "credits", 16), new VendorCost("elevenlabs", "characters", 748),
                new VendorCost("json2video", "render-seconds", 188));
        assertThat(estimate.videoSeconds()).isEqualTo(62.5);
        assertThat(estimate.written()).isTrue();
    }

    @Test
    void stagesOnLocalProvidersAddNothingEvenWithTheVendorsKeySet() {
        var stages = stages("painter", "local", "ffmpeg", "ffmpeg", "json2video", SET, SET, SET);

        CostEstimate estimate = estimator(stages, NO_LIMITS).written(null, SCENES);

        assertThat(estimate.costs()).containsExactly(new VendorCost("json2video", "render-seconds", 63));
    }

    @Test
    void autoWithoutAKeyIsLocalSoAFreeStoryEstimatesNothing() {
        var stages = stages("auto", "auto", "auto", "auto", "auto", UNSET, UNSET, UNSET);

        assertThat(estimator(stages, NO_LIMITS).written(null, SCENES).costs()).isEmpty();
    }

    @Test
    void anEstimateOverABudgetIsRefusedWithTheFiguresAndTheSetting() {
        var budget = new BudgetProperties(null, 10L, 1000L, null, 8);
        var estimate = estimator(stages("auto", "auto", "auto", "auto", "auto", SET, SET, UNSET), budget)
                .written(null, SCENES);

        assertThat(budget.refusal(estimate)).hasValue(
                "Over budget: the estimate of leonardo credits 16 is more than the budget of 10 (storyreel.budget.leonardo-credits)");
        assertThat(new BudgetProperties(null, 16L, null, null, 8).refusal(estimate)).isEmpty();
    }

    @Test
    void theKeyIsNeverPrinted() {
        assertThat(stages("auto", "auto", "auto", "auto", "auto", SET, SET, SET).toString()).doesNotContain("sk-test");
    }

    private static CostEstimator estimator(StageProviders stages, BudgetProperties budget) {
        return new CostEstimator(stages, budget, new SpokenLength(150));
    }

    private static StageProviders stages(String image, String narration, String clip, String merge, String render,
            Key leonardo, Key elevenlabs, Key json2video) {
        return new StageProviders(stage(image), stage(narration), stage(clip), stage(merge), stage(render), leonardo,
                elevenlabs, json2video);
    }

    private static Stage stage(String provider) {
        return new Stage(new ProviderChoice(provider));
    }
}
