package com.storyreel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One character of a story's bible, the same in every scene: who they are and how they look, so every picture
 * that shows them draws the same figure.
 *
 * @param name what the story calls them ("Maren", "Captain Ola")
 * @param role who or what they are in the story ("lighthouse keeper", "whale")
 * @param description a short visual description: species or role, colours, clothing, one distinctive feature
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoryCharacter(String name, String role, String description) {
}
