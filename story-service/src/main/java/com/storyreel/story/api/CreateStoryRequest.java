package com.storyreel.story.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * The body of {@code POST /api/stories}. Fields it does not know are collected rather than dropped,
 * so a misspelt field ("scenecount") is reported instead of silently ignored.
 */
public class CreateStoryRequest {

    public String prompt;
    public String script;
    public Integer sceneCount;
    public String aspectRatio;
    public String voice;
    public String style;
    public String review;

    private final Map<String, Object> unknown = new LinkedHashMap<>();

    @JsonAnySetter
    void unknown(String name, Object value) {
        unknown.put(name, value);
    }

    Map<String, Object> unknownFields() {
        return unknown;
    }
}
