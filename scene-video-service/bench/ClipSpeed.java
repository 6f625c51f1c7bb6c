import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.storyreel.events.SceneCaptions;
import com.storyreel.image.painting.ProceduralPainter;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.video.kenburns.ClipSettings;
import com.storyreel.video.kenburns.KenBurnsClipMaker;

/**
 * Cuts 10 s clips through the clip stage's own code from a procedural painting, with captions on the narration,
 * running ffmpeg through the timing wrapper given as the first argument. Arguments: wrapper, output folder, runs.
 */
void main(String[] args) throws Exception {
    String wrapper = args[0];
    Path out = Files.createDirectories(Path.of(args[1]));
    int runs = Integer.parseInt(args[2]);
    ClipSettings settings = ClipSettings.defaults();
    KenBurnsClipMaker maker = new KenBurnsClipMaker(new Ffmpeg(wrapper, "ffprobe"), settings);
    // 0.5 s lead-in + 8.75 s narration + 0.75 s tail = 300 frames at 30 fps.
    double narration = 8.75;
    List<SceneCaptions.Cue> cues = new ArrayList<>();
    for (double at = 0; at < narration; at += 2.5) {
        cues.add(new SceneCaptions.Cue(at, Math.min(narration, at + 2.5),
                "The lighthouse keeper watched the grey sea\nwhere the lost whale had surfaced at dawn"));
    }
    SceneCaptions captions = new SceneCaptions(cues);
    ProceduralPainter painter = new ProceduralPainter();
    // name, scene (0 zoom, 1 pan, 2 corner), width, height
    Object[][] cases = {{"landscape-zoom", 0, 1920, 1080}, {"landscape-corner", 2, 1920, 1080},
            {"landscape-pan", 1, 1920, 1080}, {"portrait-pan", 1, 1080, 1920}, {"square-zoom", 0, 1080, 1080}};
    for (Object[] c : cases) {
        int width = (int) c[2];
        int height = (int) c[3];
        Path still = out.resolve("still-" + width + "x" + height + ".png");
        if (!Files.exists(still)) {
            Files.write(still, painter.paintPng("a lighthouse keeper and a lost whale at dawn by the sea", null,
                    width, height));
        }
        for (int run = 0; run < runs; run++) {
            Path clip = out.resolve(c[0] + ".mp4");
            maker.make(still, narration, captions, (int) c[1], width, height, clip);
            System.out.printf("%s run %d: %d bytes%n", c[0], run + 1, Files.size(clip));
        }
    }
}
