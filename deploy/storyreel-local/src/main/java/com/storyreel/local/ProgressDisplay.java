package com.storyreel.local;

import java.io.PrintStream;

import tools.jackson.databind.JsonNode;

/**
 * Shows a story's progress per stage: a live bar redrawn in place on a terminal, or one plain line
 * per change when the output is a file or a pipe.
 */
final class ProgressDisplay {

    private static final int BAR_WIDTH = 28;

    private final PrintStream out;
    private final boolean live;
    private String lastLine = "";

    ProgressDisplay(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
    }

    static ProgressDisplay forConsole(PrintStream out) {
        String term = System.getenv("TERM");
        return new ProgressDisplay(out, System.console() != null && term != null && !"dumb".equals(term));
    }

    void show(JsonNode story) {
        String line = describe(story);
        if (line.equals(lastLine)) {
            return;
        }
        lastLine = line;
        if (live) {
            int percent = story.path("progress").path("percent").asInt(0);
            int filled = percent * BAR_WIDTH / 100;
            out.print("\r\033[2K[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + String.format("%3d%% ", percent) + line);
            out.flush();
        }
        else {
            out.println(line);
        }
    }

    /** Ends the live line so what follows starts on a fresh one. */
    void finish() {
        if (live && !lastLine.isEmpty()) {
            out.println();
        }
    }

    static String describe(JsonNode story) {
        String status = story.path("status").asString("?");
        JsonNode progress = story.path("progress");
        int scenes = progress.path("scenes").asInt(0);
        if (scenes == 0) {
            return status.toLowerCase() + ": writing the story";
        }
        return status.toLowerCase() + ": images " + progress.path("images").asInt() + "/" + scenes
                + " · narration " + progress.path("narrations").asInt() + "/" + scenes
                + " · clips " + progress.path("clips").asInt() + "/" + scenes
                + " · merged " + progress.path("merges").asInt() + "/" + scenes
                + " · render " + (progress.path("rendered").asBoolean() ? "done" : "RENDERING".equals(status) ? "running" : "waiting")
                + " · scenes [" + scenes(story.path("scenes")) + "]";
    }

    /**
     * One letter per scene for the furthest it has got: '.' nothing yet, 'i' image, 'n' narration,
     * 'b' both, 'c' clip, 'm' merged, 'x' failed.
     */
    static String scenes(JsonNode scenes) {
        StringBuilder line = new StringBuilder();
        for (JsonNode scene : scenes) {
            JsonNode stages = scene.path("stages");
            line.append(letter(stages));
        }
        return line.toString();
    }

    private static char letter(JsonNode stages) {
        for (String stage : new String[] {"image", "narration", "clip", "merge"}) {
            if ("FAILED".equals(stages.path(stage).path("state").asString())) {
                return 'x';
            }
        }
        if (done(stages, "merge")) {
            return 'm';
        }
        if (done(stages, "clip")) {
            return 'c';
        }
        boolean image = done(stages, "image");
        boolean narration = done(stages, "narration");
        return image && narration ? 'b' : image ? 'i' : narration ? 'n' : '.';
    }

    private static boolean done(JsonNode stages, String stage) {
        return "DONE".equals(stages.path(stage).path("state").asString());
    }
}
