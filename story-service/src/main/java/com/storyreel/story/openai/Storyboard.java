package com.storyreel.story.openai;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What OpenAI writes for a prompt: the title and the scenes, each narration with its picture. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Storyboard(String title, List<Scene> scenes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Scene(String narration, @JsonProperty("image_prompt") String imagePrompt) {
    }

    static final String NAME = "storyboard";

    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "title": {"type": "string", "description": "The story's title, at most 8 words"},
                "scenes": {
                  "type": "array",
                  "description": "The scenes in story order",
                  "items": {
                    "type": "object",
                    "properties": {
                      "narration": {"type": "string", "description": "What the narrator reads aloud while the picture is shown"},
                      "image_prompt": {"type": "string", "description": "The picture, described for an image generator that sees nothing else"}
                    },
                    "required": ["narration", "image_prompt"],
                    "additionalProperties": false
                  }
                }
              },
              "required": ["title", "scenes"],
              "additionalProperties": false
            }
            """;
}
