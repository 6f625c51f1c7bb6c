package com.storyreel.story.api;

/** The body of {@code PATCH /api/stories/{id}/scenes/{index}}: the texts to change; an absent one stays. */
public class EditSceneRequest extends KnownFieldsBody {

    public String narration;
    public String imagePrompt;
}
