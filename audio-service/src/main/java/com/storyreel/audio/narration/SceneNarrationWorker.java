package com.storyreel.audio.narration;

import java.nio.file.Path;
import java.util.Optional;

import com.storyreel.audio.narration.NarrationProvider.KeptAnswer;
import com.storyreel.audio.narration.NarrationProvider.SpokenNarration;
import com.storyreel.events.SceneNarrated;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.media.Scratch;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.StageWorker;
import com.storyreel.runtime.work.WorkKey;
import tools.jackson.databind.json.JsonMapper;

/** The narration of one written scene, stored with its caption cues. */
public class SceneNarrationWorker implements StageWorker<SceneWritten> {

    static final String OUTPUT_BINDING = "sceneNarrated";

    private final NarrationProvider provider;
    private final StageExecutor executor;
    private final AssetStore assets;
    private final JsonMapper json;

    public SceneNarrationWorker(NarrationProvider provider, StageExecutor executor, AssetStore assets, JsonMapper json) {
        this.provider = provider;
        this.executor = executor;
        this.assets = assets;
        this.json = json;
    }

    @Override
    public Class<SceneWritten> inputType() {
        return SceneWritten.class;
    }

    @Override
    public void handle(SceneWritten scene) {
        InvalidEventException.require(scene.narration() != null && !scene.narration().isBlank(),
                "Scene " + scene.scene() + " has no narration");
        String hash = AssetKeys.hash(provider.name(), scene.narration(), provider.settings(scene.voice()));
        WorkKey key = new WorkKey(scene.storyId(), scene.scene(), Stage.NARRATION, hash);
        if (provider.paid()) {
            executor.runPaid(key, scene.attempt(), scene, provider.name(), OUTPUT_BINDING, () -> narrateKeeping(scene, hash),
                    () -> fromKept(scene, hash));
        }
        else {
            executor.run(key, scene.attempt(), scene, provider.name(), OUTPUT_BINDING, () -> narrate(scene, hash));
        }
    }

    private SceneNarrated narrate(SceneWritten scene, String hash) {
        try (Scratch scratch = Scratch.create("narration")) {
            var spoken = provider.narrate(scene.narration(), scene.voice(), scratch.dir());
            assets.put(audioKey(scene, hash, spoken.extension()), spoken.audio(), spoken.contentType());
            return stored(scene, hash, spoken);
        }
    }

    /**
     * Paid narration: the vendor's answer is stored the moment it arrives, its audio where the narration's audio goes
     * and then the rest of it, so only a worker that dies during the call or those uploads leaves the payment in doubt.
     */
    private SceneNarrated narrateKeeping(SceneWritten scene, String hash) {
        try (Scratch scratch = Scratch.create("narration")) {
            var spoken = provider.narrate(scene.narration(), scene.voice(), scratch.dir(), answer -> {
                assets.put(audioKey(scene, hash, answer.extension()), answer.audio(), answer.contentType());
                assets.put(answerKey(scene, hash), json.writeValueAsBytes(new KeptAnswerRecord(answer.extension(),
                        answer.contentType(), answer.details())), "application/json");
            });
            return stored(scene, hash, spoken);
        }
    }

    /** The narration finished from the answer a worker that died had kept; empty when it kept none. */
    private Optional<SceneNarrated> fromKept(SceneWritten scene, String hash) {
        String answerKey = answerKey(scene, hash);
        if (!assets.exists(answerKey)) {
            return Optional.empty();
        }
        KeptAnswerRecord kept = json.readValue(assets.read(answerKey), KeptAnswerRecord.class);
        try (Scratch scratch = Scratch.create("narration")) {
            Path audio = assets.download(audioKey(scene, hash, kept.extension()),
                    scratch.dir().resolve("narration." + kept.extension()));
            var spoken = provider.fromKept(scene.narration(), scene.voice(),
                    new KeptAnswer(audio, kept.extension(), kept.contentType(), kept.details()));
            return Optional.of(stored(scene, hash, spoken));
        }
    }

    /** Stores the captions (the audio is stored already) and says what was made. */
    private SceneNarrated stored(SceneWritten scene, String hash, SpokenNarration spoken) {
        String captionsKey = AssetKeys.scene(scene.storyId(), scene.scene(), "captions", hash, "json");
        assets.put(captionsKey, json.writeValueAsBytes(spoken.captions()), "application/json");
        return new SceneNarrated(scene.storyId(), scene.scene(), audioKey(scene, hash, spoken.extension()), captionsKey,
                spoken.durationSeconds(), spoken.voice(), provider.name(), scene.attempt(), spoken.cost());
    }

    private static String audioKey(SceneWritten scene, String hash, String extension) {
        return AssetKeys.scene(scene.storyId(), scene.scene(), "narration", hash, extension);
    }

    private static String answerKey(SceneWritten scene, String hash) {
        return AssetKeys.scene(scene.storyId(), scene.scene(), "narration-answer", hash, "json");
    }

    /** A kept answer as stored beside its audio. */
    record KeptAnswerRecord(String extension, String contentType, String details) {
    }
}
