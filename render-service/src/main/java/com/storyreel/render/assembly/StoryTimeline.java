package com.storyreel.render.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.storyreel.events.SceneCaptions;
import com.storyreel.runtime.media.MediaException;

/**
 * Where each scene sits in the finished story. Lengths are counted in whole frames so that the video (which can
 * only cut between frames), the audio (cut to the same sample count) and the captions all share one timeline;
 * scene i starts at the sum over the earlier scenes of (length - crossfade).
 */
public final class StoryTimeline {

    private final int fps;
    private final int crossfadeFrames;
    private final List<Integer> sceneFrames;

    private StoryTimeline(int fps, int crossfadeFrames, List<Integer> sceneFrames) {
        this.fps = fps;
        this.crossfadeFrames = crossfadeFrames;
        this.sceneFrames = sceneFrames;
    }

    /** The timeline of the scenes, in order, at {@code fps} with {@code crossfadeSeconds} between neighbours. */
    public static StoryTimeline of(List<? extends TimedScene> scenes, int fps, double crossfadeSeconds) {
        int crossfadeFrames = (int) Math.round(crossfadeSeconds * fps);
        List<Integer> frames = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            int length = (int) Math.max(1, Math.round(scenes.get(i).durationSeconds() * fps));
            // xfade and acrossfade need the whole fade inside each of the two scenes.
            if (scenes.size() > 1 && length <= crossfadeFrames) {
                throw new MediaException("Scene " + i + " lasts " + scenes.get(i).durationSeconds()
                        + " s, not longer than the " + crossfadeSeconds + " s crossfade");
            }
            frames.add(length);
        }
        return new StoryTimeline(fps, crossfadeFrames, List.copyOf(frames));
    }

    int fps() {
        return fps;
    }

    int sceneCount() {
        return sceneFrames.size();
    }

    boolean crossfades() {
        return crossfadeFrames > 0 && sceneFrames.size() > 1;
    }

    int crossfadeFrames() {
        return crossfadeFrames;
    }

    int sceneFrames(int scene) {
        return sceneFrames.get(scene);
    }

    int startFrame(int scene) {
        int start = 0;
        for (int i = 0; i < scene; i++) {
            start += sceneFrames.get(i) - crossfadeFrames;
        }
        return start;
    }

    double startSeconds(int scene) {
        return (double) startFrame(scene) / fps;
    }

    int totalFrames() {
        return startFrame(sceneFrames.size() - 1) + sceneFrames.getLast();
    }

    double durationSeconds() {
        return (double) totalFrames() / fps;
    }

    /**
     * The scenes' cues moved to story time (scene start + narration offset + cue time), in order, trimmed so none
     * overlaps the next or runs past the end; empty cues are left out.
     */
    public List<SceneCaptions.Cue> place(List<? extends TimedScene> scenes) {
        List<SceneCaptions.Cue> placed = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            double narrationStart = startSeconds(i) + scenes.get(i).narrationOffsetSeconds();
            for (SceneCaptions.Cue cue : scenes.get(i).captions().cues()) {
                if (cue.text() != null && !cue.text().isBlank()) {
                    placed.add(new SceneCaptions.Cue(narrationStart + cue.start(), narrationStart + cue.end(),
                            cue.text().strip()));
                }
            }
        }
        placed.sort(Comparator.comparingDouble(SceneCaptions.Cue::start));
        double end = durationSeconds();
        List<SceneCaptions.Cue> ordered = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            SceneCaptions.Cue cue = placed.get(i);
            double limit = i + 1 < placed.size() ? Math.min(end, placed.get(i + 1).start()) : end;
            double start = Math.max(0, cue.start());
            double stop = Math.min(cue.end(), limit);
            if (stop > start) {
                ordered.add(new SceneCaptions.Cue(start, stop, cue.text()));
            }
        }
        return List.copyOf(ordered);
    }
}
