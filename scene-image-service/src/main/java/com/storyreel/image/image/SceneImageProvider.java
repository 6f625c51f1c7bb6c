package com.storyreel.image.image;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneWritten;
import com.storyreel.runtime.work.WorkKey;

/**
 * Something that makes a scene's picture: the local painter, at once, or a vendor, as a job that the vendor job
 * poller finishes. Either way the unit of work goes through the {@code StageExecutor}, which does it (or pays for
 * it) at most once.
 */
public interface SceneImageProvider {

    /** The provider's name: part of every unit's hash, recorded on its events and in metrics. */
    String name();

    /** Makes or orders unit {@code key}: the picture of {@code scene}, exactly the size of {@code frame}. */
    void picture(WorkKey key, SceneWritten scene, AspectRatio frame);
}
