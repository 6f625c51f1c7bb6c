package com.storyreel.image.generation;

import com.storyreel.image.painting.ProceduralPainter;

/** The free local provider: the procedural painter. */
public class PainterImageProvider implements SceneImageProvider {

    private final ProceduralPainter painter = new ProceduralPainter();

    @Override
    public String name() {
        return "painter";
    }

    @Override
    public byte[] generate(String imagePrompt, String style, int width, int height) {
        return painter.paintPng(imagePrompt, style, width, height);
    }
}
