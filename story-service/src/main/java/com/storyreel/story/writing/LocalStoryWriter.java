package com.storyreel.story.writing;

import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.storytelling.OfflineStoryWriter;
import com.storyreel.story.storytelling.ScriptSplitter;

/** The free writers: a script is split into scenes as it is, a prompt is told by the offline writer. */
public final class LocalStoryWriter implements StoryWriter {

    public static final String SCRIPT_SPLITTER = "script-splitter";
    public static final String OFFLINE_WRITER = "offline-writer";

    private final ScriptSplitter splitter = new ScriptSplitter();
    private final OfflineStoryWriter writer = new OfflineStoryWriter();
    private final int defaultScenes;

    /** @param defaultScenes scenes written for a prompt that names no count */
    public LocalStoryWriter(int defaultScenes) {
        this.defaultScenes = defaultScenes;
    }

    @Override
    public String provider(StoryRequest request) {
        return request.script() != null ? SCRIPT_SPLITTER : OFFLINE_WRITER;
    }

    @Override
    public WrittenStory write(StoryRequest request) {
        return new WrittenStory(request.script() != null
                ? splitter.split(request.script(), request.sceneCount(), request.style())
                : writer.write(request.prompt(), request.sceneCount() == null ? defaultScenes : request.sceneCount(),
                        request.style()));
    }
}
