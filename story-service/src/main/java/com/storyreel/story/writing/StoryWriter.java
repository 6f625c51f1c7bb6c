package com.storyreel.story.writing;

import com.storyreel.events.VendorCost;
import com.storyreel.story.state.StoryRequest;

/** Writes the title and the scenes of a requested story. */
public interface StoryWriter {

    /** The provider recorded on the story this writer writes for {@code request}. */
    String provider(StoryRequest request);

    /**
     * Writes the story asked for by a valid request (a prompt or a script, as the request rules ensure).
     *
     * @throws IllegalArgumentException if the request cannot be written (a script without words)
     * @throws com.storyreel.runtime.providers.ProviderException if a vendor could not write it
     */
    WrittenStory write(StoryRequest request);

    /**
     * Whether writing {@code request} is billed by a vendor that cannot look the call up afterwards, so that a call
     * cut off by a crash must not be made again silently (see StageExecutor.runPaid).
     */
    default boolean paid(StoryRequest request) {
        return false;
    }

    /** The most writing {@code request} is expected to cost at a vendor, before it is asked; null when free. */
    default VendorCost estimate(StoryRequest request) {
        return null;
    }
}
