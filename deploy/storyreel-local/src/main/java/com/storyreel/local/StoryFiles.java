package com.storyreel.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Where make puts a finished story: {@code OUT/storyId/} with final.mp4, final.srt, final.vtt and story.json. */
final class StoryFiles {

    private StoryFiles() {
    }

    /** Downloads a COMPLETED story's outputs and writes its view; returns the files, the video first. */
    static List<Path> save(GatewayClient gateway, JsonNode story, Path outDir) throws IOException {
        Path dir = outDir.resolve(story.path("storyId").asString());
        Files.createDirectories(dir);
        JsonNode output = story.path("output");
        Path video = dir.resolve("final.mp4");
        Path srt = dir.resolve("final.srt");
        Path vtt = dir.resolve("final.vtt");
        gateway.download(output.path("video").asString(), video);
        gateway.download(output.path("srt").asString(), srt);
        gateway.download(output.path("vtt").asString(), vtt);
        Path json = dir.resolve("story.json");
        Files.writeString(json, gateway.pretty(story));
        return List.of(video, srt, vtt, json);
    }
}
