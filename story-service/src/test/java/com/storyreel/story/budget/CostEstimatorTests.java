package com.storyreel.story.budget;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.storyreel.events.SceneScript;
import com.storyreel.events.VendorCost;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.story.budget.StageProviders.Key;
import com.storyreel.story.budget.StageProviders.Stage;
import com.storyreel.story.state.CostEstimate;
import com.storyreel.story.state.SceneState;
import com.storyreel.story.state.StageState;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryOutput;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.storytelling.SpokenLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CostEstimatorTests {

    private static final Key SET = new Key("sk-test");
    private static final Key UNSET = new Key("");
    private static final VendorCost WRITER = new VendorCost("openai", "tokens", 600);
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
    void aPictureEditOfAMadeStoryAddsOnePictureAndTheRendersToWhatTheStoryHasCost() {
        var estimator = estimator(stages("auto", "auto", "ffmpeg", "ffmpeg", "auto", SET, UNSET, SET), NO_LIMITS);

        CostEstimate estimate = estimator.afterEdit(made(), 1, null, "a new picture");

        // Paid so far: 600 tokens, 2 pictures, the narration, a 63 s render; then one picture and the render again.
        assertThat(estimate.costs()).containsExactly(new VendorCost("openai", "tokens", 600),
                new VendorCost("leonardo", "credits", 24), new VendorCost("elevenlabs", "characters", 748),
                new VendorCost("json2video", "render-seconds", 126));
    }

    @Test
    void aNarrationEditCountsTheNewNarrationAndNoPicture() {
        var estimator = estimator(stages("auto", "auto", "ffmpeg", "ffmpeg", "ffmpeg", SET, SET, UNSET), NO_LIMITS);

        CostEstimate estimate = estimator.afterEdit(made(), 0, "a much shorter narration", null);

        // The render on JSON2Video was paid for; the render made again now is local.
        assertThat(estimate.costs()).containsExactly(new VendorCost("openai", "tokens", 600),
                new VendorCost("leonardo", "credits", 16), new VendorCost("elevenlabs", "characters", 748 + 24),
                new VendorCost("json2video", "render-seconds", 63));
        // Four words take 1.6 s at 150 a minute.
        assertThat(estimate.videoSeconds()).isEqualTo(31.25 + 1.6 + 1.25);
    }

    @Test
    void anEditOfAStoryHeldForItsStoryboardIsTheWrittenEstimateOfTheEditedScenes() {
        var estimator = estimator(stages("auto", "auto", "auto", "auto", "auto", SET, SET, SET), NO_LIMITS);
        StoryDocument held = story(StoryStatus.AWAITING_APPROVAL, SCENES.stream().map(s -> SceneState.written(s.index(),
                s.narration(), s.imagePrompt())).toList(), null);

        CostEstimate estimate = estimator.afterEdit(held, 1, "word ".repeat(150).strip(), null);

        assertThat(estimate.costs()).isEqualTo(estimator.written(WRITER, held.scriptsEdited(1, "word ".repeat(150).strip(), null))
                .costs());
    }

    @Test
    void anEditOverTheBudgetIsRefusedWithWhatTheStoryWouldCost() {
        var budget = new BudgetProperties(null, 20L, null, null, 8);
        var estimator = estimator(stages("auto", "local", "ffmpeg", "ffmpeg", "ffmpeg", SET, UNSET, UNSET), budget);

        assertThat(estimator.editRefusal(made(), 0, null, "a new picture")).hasValue(
                "Over budget: the estimate of leonardo credits 24 is more than the budget of 20 (storyreel.budget.leonardo-credits)");
        assertThat(estimator.editRefusal(made(), 0, "a new narration", null)).isEmpty();
    }

    @Test
    void theKeyIsNeverPrinted() {
        assertThat(stages("auto", "auto", "auto", "auto", "auto", SET, SET, SET).toString()).doesNotContain("sk-test");
    }

    /** The two scenes made: each picture 8 credits, each narration its characters, and a 63 s render. */
    private static StoryDocument made() {
        Instant at = Instant.parse("2026-12-05T10:00:00Z");
        List<SceneState> scenes = SCENES.stream().map(s -> new SceneState(s.index(), s.narration(), s.imagePrompt(), Map.of(
                "image", StageState.done("leonardo", "img", at, new VendorCost("leonardo", "credits", 8)),
                "narration", StageState.narrated("elevenlabs", "audio", "captions", 30, at,
                        new VendorCost("elevenlabs", "characters", s.narration().length())),
                "clip", StageState.clipRendered("ffmpeg", "clip", 31.25, 0.5, at, null),
                "merge", StageState.merged("ffmpeg", "merged", "captions", 31.25, 0.5, at, null)), null, null, null)).toList();
        return story(StoryStatus.COMPLETED, scenes, new StoryOutput("video", "srt", "vtt", 62.5, "json2video",
                new VendorCost("json2video", "render-seconds", 63)));
    }

    private static StoryDocument story(StoryStatus status, List<SceneState> scenes, StoryOutput output) {
        StoryDocument requested = StoryDocument.requested("st-1", new StoryRequest("a fox", null, 2, "16:9", null, null, null),
                null, null, null, Instant.parse("2026-12-05T09:00:00Z"), null);
        return new StoryDocument(requested.id(), status, requested.request(), null, null, null, 1, "A Fox", "openai", WRITER,
                null, scenes, null, output, null, requested.createdAt(), requested.updatedAt(), null, null, null, null, null,
                null);
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
