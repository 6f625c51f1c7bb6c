package com.storyreel.story.api;

import java.util.List;

/**
 * The body of {@code POST /api/batches}: the stories, each as {@code POST /api/stories} takes it. Fields
 * it does not know are collected rather than dropped, so a misspelt field is reported.
 */
public class CreateBatchRequest extends KnownFieldsBody {

    public List<CreateStoryRequest> stories;
}
