package com.storyreel.image.generation;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneWritten;
import com.storyreel.runtime.work.WorkKey;

/**
 * How the worker's units of work get their picture: made at once by a {@link SceneImageProvider}, or
 * submitted to a vendor as a job that the vendor job poller finishes.
 */
public interface SceneImageWork {

    /** The provider's name: part of every unit's hash and recorded on its events. */
    String provider();

    /** Does or submits unit {@code key}: the picture of {@code scene}, exactly the size of {@code frame}. */
    void start(WorkKey key, SceneWritten scene, AspectRatio frame);
}
