package com.storyreel.story.openai;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.storyreel.events.StoryCharacter;

/**
 * What OpenAI makes of a user's numbered sentences: a title, the script's characters (null from an answer without
 * them) and the scenes as ranges of sentence numbers with their pictures. The narration itself is never asked for,
 * so the user's words cannot change.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ScriptStoryboard(String title, List<StoryCharacter> characters, List<Scene> scenes) {

    /** Sentences {@code firstSentence} to {@code lastSentence}, both included, counting from 1. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Scene(@JsonProperty("first_sentence") Integer firstSentence, @JsonProperty("last_sentence") Integer lastSentence,
            @JsonProperty("image_prompt") String imagePrompt) {
    }

    static final String NAME = "script_storyboard";

    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "title": {"type": "string", "description": "A title for the script, at most 8 words"},
                %s,
                "scenes": {
                  "type": "array",
                  "description": "Consecutive runs of sentences in script order, covering every sentence once",
                  "items": {
                    "type": "object",
                    "properties": {
                      "first_sentence": {"type": "integer", "description": "Number of the scene's first sentence"},
                      "last_sentence": {"type": "integer", "description": "Number of the scene's last sentence (inclusive)"},
                      "image_prompt": {"type": "string", "description": "The picture, described for an image generator that sees nothing else"}
                    },
                    "required": ["first_sentence", "last_sentence", "image_prompt"],
                    "additionalProperties": false
                  }
                }
              },
              "required": ["title", "characters", "scenes"],
              "additionalProperties": false
            }
            """.formatted(Storyboard.CHARACTERS);
}
