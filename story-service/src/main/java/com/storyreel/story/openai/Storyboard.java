package com.storyreel.story.openai;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.storyreel.events.StoryCharacter;

/**
 * What OpenAI writes for a prompt: the title, the characters (the story's bible; null from an answer without them)
 * and the scenes, each narration with its picture.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Storyboard(String title, List<StoryCharacter> characters, List<Scene> scenes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Scene(String narration, @JsonProperty("image_prompt") String imagePrompt) {
    }

    static final String NAME = "storyboard";

    /**
     * The characters property of both schemas. It comes before the scenes: the model writes in the schema's order, so
     * it has settled each description before the first image prompt that should repeat it.
     */
    static final String CHARACTERS = """
            "characters": {
              "type": "array",
              "description": "Every character of the story, each described once for every picture of them",
              "items": {
                "type": "object",
                "properties": {
                  "name": {"type": "string", "description": "What the story calls the character"},
                  "role": {"type": "string", "description": "Who or what they are in the story, in a few words"},
                  "description": {"type": "string", "description": "How they look, at most 20 words: size or age, colours, species or role, clothing, one distinctive feature"}
                },
                "required": ["name", "role", "description"],
                "additionalProperties": false
              }
            }""";

    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "title": {"type": "string", "description": "The story's title, at most 8 words"},
                %s,
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
              "required": ["title", "characters", "scenes"],
              "additionalProperties": false
            }
            """.formatted(CHARACTERS);
}
