package com.storyreel.video.clips;

import java.nio.file.Path;

import com.storyreel.events.SceneCaptions;
import com.storyreel.video.kenburns.ClipResult;
import com.storyreel.video.kenburns.KenBurnsClipMaker;

/** The free local provider: an ffmpeg Ken Burns move over the still, varied per scene. */
public class KenBurnsClipProvider implements SceneClipProvider {

    private final KenBurnsClipMaker maker;

    public KenBurnsClipProvider(KenBurnsClipMaker maker) {
        this.maker = maker;
    }

    @Override
    public String name() {
        return "ffmpeg-kenburns";
    }

    @Override
    public CutClip cut(Path image, double narrationSeconds, SceneCaptions captions, int scene, int width, int height,
            Path workDir) {
        ClipResult clip = maker.make(image, narrationSeconds, captions, scene, width, height, workDir.resolve("clip.mp4"));
        return new CutClip(clip.file(), clip.durationSeconds(), clip.narrationOffsetSeconds());
    }
}
