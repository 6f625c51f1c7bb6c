package com.storyreel.image.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.work.StageWorker;
import com.storyreel.runtime.work.WorkKey;

/** The picture of one written scene, a unit of work of its own. */
public class SceneImageWorker implements StageWorker<SceneWritten> {

    /** Where every scene's {@code SceneImageGenerated} goes, whoever makes the picture. */
    public static final String OUTPUT_BINDING = "imageGenerated";

    private final SceneImageProvider provider;

    public SceneImageWorker(SceneImageProvider provider) {
        this.provider = provider;
    }

    @Override
    public Class<SceneWritten> inputType() {
        return SceneWritten.class;
    }

    @Override
    public void handle(SceneWritten scene) {
        AspectRatio aspect = InvalidEventException.read(() -> AspectRatio.of(scene.aspectRatio()));
        InvalidEventException.require(scene.imagePrompt() != null, "Scene " + scene.scene() + " has no image prompt");
        List<Object> parts = new ArrayList<>(Arrays.asList(provider.name(), scene.imagePrompt(), scene.style(),
                aspect.width(), aspect.height()));
        // Other characters make another picture; a scene without any keeps the key it always had.
        scene.characters().forEach(character -> parts.addAll(Arrays.asList(character.name(), character.role(),
                character.description())));
        String hash = AssetKeys.hash(parts.toArray());
        provider.picture(new WorkKey(scene.storyId(), scene.scene(), Stage.IMAGE, hash), scene, aspect);
    }
}
