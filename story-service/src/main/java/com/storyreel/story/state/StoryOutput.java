package com.storyreel.story.state;

import com.storyreel.events.VendorCost;

/** The finished story's assets, and what the render cost at a paid vendor (null for the local render). */
public record StoryOutput(String videoKey, String srtKey, String vttKey, double durationSeconds, String provider,
        VendorCost cost) {
}
