package com.storyreel.merge.json2video;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneMerged;
import com.storyreel.events.StoryEvent;
import com.storyreel.events.VendorCost;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.json2video.Json2VideoClient;
import com.storyreel.runtime.json2video.Json2VideoJobHandler;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.work.JobProgress;
import com.storyreel.runtime.work.VendorJob;
import tools.jackson.databind.json.JsonMapper;

/** Follows scene merges rendering at JSON2Video and stores each finished scene where the local one would be. */
public class Json2VideoMergeJobs extends Json2VideoJobHandler {

    private final JsonMapper json;

    public Json2VideoMergeJobs(Json2VideoClient client, VendorDownloads downloads, AssetStore assets, Ffmpeg ffmpeg,
            JsonMapper json) {
        super(client, downloads, assets, ffmpeg);
        this.json = json;
    }

    @Override
    public String kind() {
        return "json2video-merge";
    }

    @Override
    public StoryEvent complete(VendorJob job, JobProgress.Finished finished, VendorCost cost) {
        SceneClipRendered clip = json.readValue(job.input(), SceneClipRendered.class);
        String videoKey = AssetKeys.scene(clip.storyId(), clip.scene(), "scene", job.inputHash(), "mp4");
        double seconds = store(finished, videoKey);
        return new SceneMerged(clip.storyId(), clip.scene(), videoKey, clip.captionsKey(), seconds,
                clip.narrationOffsetSeconds(), job.provider(), clip.attempt(), cost(cost, seconds));
    }
}
