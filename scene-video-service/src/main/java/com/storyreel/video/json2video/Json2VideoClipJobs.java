package com.storyreel.video.json2video;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneInputsReady;
import com.storyreel.events.StoryEvent;
import com.storyreel.events.VendorCost;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.json2video.Json2VideoClient;
import com.storyreel.runtime.json2video.Json2VideoJobHandler;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.work.JobProgress;
import com.storyreel.runtime.work.VendorJob;

/** Follows clips rendering at JSON2Video and stores each finished one where the local clip would be. */
public class Json2VideoClipJobs extends Json2VideoJobHandler {

    private final JsonMapper json;

    public Json2VideoClipJobs(Json2VideoClient client, VendorDownloads downloads, AssetStore assets, Ffmpeg ffmpeg,
            JsonMapper json) {
        super(client, downloads, assets, ffmpeg);
        this.json = json;
    }

    @Override
    public String kind() {
        return "json2video-clip";
    }

    @Override
    public StoryEvent complete(VendorJob job, JobProgress.Finished finished, VendorCost cost) {
        SceneInputsReady inputs = json.readValue(job.input(), SceneInputsReady.class);
        ClipContext context = json.readValue(job.context(), ClipContext.class);
        String clipKey = AssetKeys.scene(inputs.storyId(), inputs.scene(), "clip", job.inputHash(), "mp4");
        double seconds = store(finished, clipKey);
        return new SceneClipRendered(inputs.storyId(), inputs.scene(), clipKey, inputs.audioKey(), inputs.captionsKey(),
                seconds, context.narrationOffsetSeconds(), job.provider(), inputs.attempt(), cost(cost, seconds));
    }

    /** What the submission decided that the finished clip must report: where in it the narration starts. */
    record ClipContext(double narrationOffsetSeconds) {
    }
}
