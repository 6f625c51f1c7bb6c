package com.storyreel.story.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * The body of {@code POST /api/batches}: the stories, each as {@code POST /api/stories} takes it. Fields
 * it does not know are collected rather than dropped, so a misspelt field is reported.
 */
public class CreateBatchRequest {

    public List<CreateStoryRequest> stories;

    private final Map<String, Object> unknown = new LinkedHashMap<>();

    @JsonAnySetter
    void unknown(String name, Object value) {
        unknown.put(name, value);
    }

    Map<String, Object> unknownFields() {
        return unknown;
    }
}
