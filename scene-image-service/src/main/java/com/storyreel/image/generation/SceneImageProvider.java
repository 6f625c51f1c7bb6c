package com.storyreel.image.generation;

/** Something that makes a scene's picture: the local painter, or a vendor. */
public interface SceneImageProvider {

    /** The provider's name, as recorded on the story and in metrics. */
    String name();

    /** A PNG of exactly width x height for the scene's image prompt. */
    byte[] generate(String imagePrompt, String style, int width, int height);
}
