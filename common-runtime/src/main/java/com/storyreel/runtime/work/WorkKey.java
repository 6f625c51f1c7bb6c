package com.storyreel.runtime.work;

import com.storyreel.events.Stage;

/**
 * One unit of work: a stage applied to a scene (or the whole story when scene is null) with given
 * inputs. The same key is never worked twice.
 *
 * @param inputHash a hash of everything that shapes the output (text, voice, size, provider...)
 */
public record WorkKey(String storyId, Integer scene, Stage stage, String inputHash) {

    public String id() {
        return storyId + "/" + (scene == null ? "story" : scene) + "/" + stage.name().toLowerCase() + "/" + inputHash;
    }
}
