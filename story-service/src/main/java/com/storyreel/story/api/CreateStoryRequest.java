package com.storyreel.story.api;

/**
 * The body of {@code POST /api/stories}. Fields it does not know are collected rather than dropped,
 * so a misspelt field ("scenecount") is reported instead of silently ignored.
 */
public class CreateStoryRequest extends KnownFieldsBody {

    public String prompt;
    public String script;
    public Integer sceneCount;
    public String aspectRatio;
    public String voice;
    public String style;
    public String review;
}
