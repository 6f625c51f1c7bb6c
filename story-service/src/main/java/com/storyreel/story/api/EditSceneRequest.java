package com.storyreel.story.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

/** The body of {@code PATCH /api/stories/{id}/scenes/{index}}: the texts to change; an absent one stays. */
public class EditSceneRequest {

    public String narration;
    public String imagePrompt;

    private final Map<String, Object> unknown = new LinkedHashMap<>();

    @JsonAnySetter
    void unknown(String name, Object value) {
        unknown.put(name, value);
    }

    Map<String, Object> unknownFields() {
        return unknown;
    }
}
