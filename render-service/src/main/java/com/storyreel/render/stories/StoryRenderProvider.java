package com.storyreel.render.stories;

import java.nio.file.Path;
import java.util.List;

import com.storyreel.events.SceneCaptions;

/** Something that makes the final video from the merged scenes: local ffmpeg, or a vendor. */
public interface StoryRenderProvider {

    String name();

    RenderedStory render(List<RenderScene> scenes, int width, int height, Path workDir);

    /** One merged scene, downloaded, with its captions (times relative to its narration). */
    record RenderScene(Path video, SceneCaptions captions, double durationSeconds, double narrationOffsetSeconds) {
    }

    /** The final video and its subtitle sidecars. */
    record RenderedStory(Path video, Path srt, Path vtt, double durationSeconds) {
    }
}
