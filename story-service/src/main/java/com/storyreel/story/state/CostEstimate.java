package com.storyreel.story.state;

import java.util.List;

import com.storyreel.events.VendorCost;

/**
 * What a story is expected to cost at the paid vendors it will use, made before the first paid call and
 * again once it is written (before any picture or narration is made), in each vendor's own unit.
 *
 * @param costs one entry per vendor and unit; empty when every stage runs on free local providers
 * @param videoSeconds the story's expected length, from its narration (null before it is written)
 * @param written whether the estimate is made from the written scenes (else only the writer is known)
 */
public record CostEstimate(List<VendorCost> costs, Double videoSeconds, boolean written) {
}
