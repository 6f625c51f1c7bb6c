package com.storyreel.story.state;

import java.time.Instant;

import com.storyreel.events.Stage;
import com.storyreel.events.VendorCost;

/**
 * Why a story failed: the stage, the scene (null for whole-story stages), the provider and its reason,
 * and what the failed work still cost at a paid vendor.
 */
public record StoryError(Stage stage, Integer scene, String provider, String reason, Instant at, VendorCost cost) {
}
