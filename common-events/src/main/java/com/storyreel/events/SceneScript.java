package com.storyreel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One scene as written: what the narrator says and what the picture shows. Scenes count from 0. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SceneScript(int index, String narration, String imagePrompt) {
}
