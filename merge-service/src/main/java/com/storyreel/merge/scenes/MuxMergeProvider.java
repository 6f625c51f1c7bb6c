package com.storyreel.merge.scenes;

import java.nio.file.Path;

import com.storyreel.merge.mux.MuxResult;
import com.storyreel.merge.mux.SceneMuxer;

/** The free local provider: ffmpeg copies the picture and encodes the narration beside it. */
public class MuxMergeProvider implements SceneMergeProvider {

    private final SceneMuxer muxer;

    public MuxMergeProvider(SceneMuxer muxer) {
        this.muxer = muxer;
    }

    @Override
    public String name() {
        return "ffmpeg-mux";
    }

    @Override
    public MergedFile merge(Path clip, Path narration, double narrationOffsetSeconds, Path workDir) {
        MuxResult result = muxer.mux(clip, narration, narrationOffsetSeconds, workDir.resolve("scene.mp4"));
        return new MergedFile(result.file(), result.durationSeconds());
    }
}
