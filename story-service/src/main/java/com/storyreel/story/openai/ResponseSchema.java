package com.storyreel.story.openai;

import tools.jackson.databind.JsonNode;

/**
 * The shape an answer must have, sent as a strict Structured Outputs schema: every object closed
 * ({@code additionalProperties:false}) and every property required, which strict mode demands.
 *
 * @param name the schema's name, of {@code [a-zA-Z0-9_-]}, at most 64 characters
 * @param schema the JSON Schema
 * @param type the record the answer's JSON is read into
 */
public record ResponseSchema<T>(String name, JsonNode schema, Class<T> type) {
}
