package com.storyreel.render.json2video;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.SceneCaptions;
import com.storyreel.events.StoryEvent;
import com.storyreel.events.StoryRendered;
import com.storyreel.events.VendorCost;
import com.storyreel.render.assembly.StoryTimeline;
import com.storyreel.render.render.CaptionedScene;
import com.storyreel.render.render.StoryRenderWorker;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.json2video.Json2VideoClient;
import com.storyreel.runtime.json2video.Json2VideoJobHandler;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.SubtitleFiles;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.work.JobProgress;
import com.storyreel.runtime.work.VendorJob;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows final renders at JSON2Video and stores each finished story where the local one would be, with SRT and
 * WebVTT sidecars placed on the same timeline as the local render's.
 */
public class Json2VideoRenderJobs extends Json2VideoJobHandler {

    private final AssetStore assets;
    private final JsonMapper json;

    public Json2VideoRenderJobs(Json2VideoClient client, VendorDownloads downloads, AssetStore assets, Ffmpeg ffmpeg,
            JsonMapper json) {
        super(client, downloads, assets, ffmpeg);
        this.assets = assets;
        this.json = json;
    }

    @Override
    public String kind() {
        return "json2video-render";
    }

    @Override
    public StoryEvent complete(VendorJob job, JobProgress.Finished finished, VendorCost cost) {
        AllScenesMerged story = json.readValue(job.input(), AllScenesMerged.class);
        RenderContext context = json.readValue(job.context(), RenderContext.class);
        List<CaptionedScene> scenes = StoryRenderWorker.inOrder(story).stream()
                .map(scene -> CaptionedScene.read(scene, assets, json)).toList();
        List<SceneCaptions.Cue> cues = StoryTimeline.of(scenes, context.fps(), context.crossfadeSeconds()).place(scenes);
        String hash = job.inputHash();
        String videoKey = AssetKeys.story(story.storyId(), "final", hash, "mp4");
        String srtKey = AssetKeys.story(story.storyId(), "final", hash, "srt");
        String vttKey = AssetKeys.story(story.storyId(), "final", hash, "vtt");
        double seconds = store(finished, videoKey);
        assets.put(srtKey, SubtitleFiles.srt(cues).getBytes(StandardCharsets.UTF_8), "application/x-subrip");
        assets.put(vttKey, SubtitleFiles.webVtt(cues).getBytes(StandardCharsets.UTF_8), "text/vtt");
        return new StoryRendered(story.storyId(), videoKey, srtKey, vttKey, seconds, job.provider(), story.attempt(),
                cost(cost, seconds));
    }

    /** The timeline the movie was submitted with, which the sidecars must follow. */
    record RenderContext(int fps, double crossfadeSeconds) {
    }
}
