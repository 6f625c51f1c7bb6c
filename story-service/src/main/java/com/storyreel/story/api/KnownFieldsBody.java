package com.storyreel.story.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * A JSON request body that collects the fields it does not know rather than dropping them, so a misspelt
 * field ("scenecount") is reported instead of silently ignored.
 */
abstract class KnownFieldsBody {

    private final Map<String, Object> unknown = new LinkedHashMap<>();

    @JsonAnySetter
    void unknown(String name, Object value) {
        unknown.put(name, value);
    }

    Map<String, Object> unknownFields() {
        return unknown;
    }
}
