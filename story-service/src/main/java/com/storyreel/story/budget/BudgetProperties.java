package com.storyreel.story.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.storyreel.events.VendorCost;
import com.storyreel.story.state.CostEstimate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The most one story may be estimated to cost at each vendor, in the vendor's own unit
 * ({@code storyreel.budget}); unset means no limit. A story over any of them fails before it spends.
 *
 * @param openaiTokens OpenAI tokens for writing the story
 * @param leonardoCredits Leonardo credits for its pictures
 * @param elevenlabsCharacters ElevenLabs characters for its narration
 * @param json2videoSeconds JSON2Video render-seconds for its clips, merges and final render
 * @param leonardoCreditsPerImage what one picture is assumed to cost (Leonardo bills by model and size;
 *        the documented example is 8)
 */
@ConfigurationProperties("storyreel.budget")
public record BudgetProperties(Long openaiTokens, Long leonardoCredits, Long elevenlabsCharacters, Long json2videoSeconds,
        @DefaultValue("8") double leonardoCreditsPerImage) {

    /** Why a story with this estimate may not spend, naming every vendor over its budget with the figures. */
    public Optional<String> refusal(CostEstimate estimate) {
        List<String> over = new ArrayList<>();
        for (VendorCost cost : estimate.costs()) {
            Long budget = budget(cost.vendor());
            if (budget != null && cost.amount() > budget) {
                over.add(String.format(Locale.ROOT, "%s %s %.0f is more than the budget of %d (storyreel.budget.%s)",
                        cost.vendor(), cost.unit(), Math.ceil(cost.amount()), budget, property(cost.vendor())));
            }
        }
        return over.isEmpty() ? Optional.empty() : Optional.of("Over budget: the estimate of " + String.join("; ", over));
    }

    private Long budget(String vendor) {
        return switch (vendor) {
            case CostEstimator.OPENAI -> openaiTokens;
            case CostEstimator.LEONARDO -> leonardoCredits;
            case CostEstimator.ELEVENLABS -> elevenlabsCharacters;
            case CostEstimator.JSON2VIDEO -> json2videoSeconds;
            default -> null;
        };
    }

    private static String property(String vendor) {
        return switch (vendor) {
            case CostEstimator.OPENAI -> "openai-tokens";
            case CostEstimator.LEONARDO -> "leonardo-credits";
            case CostEstimator.ELEVENLABS -> "elevenlabs-characters";
            default -> "json2video-seconds";
        };
    }
}
