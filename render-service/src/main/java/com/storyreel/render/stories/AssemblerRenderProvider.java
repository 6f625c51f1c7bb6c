package com.storyreel.render.stories;

import java.nio.file.Path;
import java.util.List;

import com.storyreel.render.assembly.AssembledStory;
import com.storyreel.render.assembly.SceneInput;
import com.storyreel.render.assembly.StoryAssembler;

/** The free local provider: ffmpeg joins, captions, loudness-normalises and encodes. */
public class AssemblerRenderProvider implements StoryRenderProvider {

    private final StoryAssembler assembler;

    public AssemblerRenderProvider(StoryAssembler assembler) {
        this.assembler = assembler;
    }

    @Override
    public String name() {
        return "ffmpeg-render";
    }

    @Override
    public RenderedStory render(List<RenderScene> scenes, int width, int height, Path workDir) {
        List<SceneInput> inputs = scenes.stream()
                .map(s -> new SceneInput(s.video(), s.captions(), s.durationSeconds(), s.narrationOffsetSeconds()))
                .toList();
        AssembledStory story = assembler.assemble(inputs, width, height, workDir);
        return new RenderedStory(story.video(), story.srt(), story.vtt(), story.durationSeconds());
    }
}
