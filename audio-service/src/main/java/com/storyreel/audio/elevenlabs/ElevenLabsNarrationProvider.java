package com.storyreel.audio.elevenlabs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.storyreel.audio.narration.NarrationProvider;
import com.storyreel.audio.speech.NarrationText;
import com.storyreel.events.SceneCaptions;
import com.storyreel.events.VendorCost;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.MediaException;
import com.storyreel.runtime.media.MediaInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Narration by ElevenLabs, with caption cues timed word by word from the characters' timings. The length reported
 * is the one ffprobe measures in the file, as the merge stage does, never one derived from the timings.
 */
public class ElevenLabsNarrationProvider implements NarrationProvider {

    private static final Logger log = LoggerFactory.getLogger(ElevenLabsNarrationProvider.class);

    /**
     * ElevenLabs voice ids are 20 letters and digits (21m00Tcm4TlvDq8ikWAM); the local voices are short names such
     * as "slt" or "espeak:en-us", which never look like one.
     */
    private static final Pattern VOICE_ID = Pattern.compile("[A-Za-z0-9]{20}");

    /** The output formats whose files carry their own header, so ffprobe and the merge stage can read them. */
    private static final Map<String, String> CONTENT_TYPES = Map.of("mp3", "audio/mpeg", "wav", "audio/wav");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ElevenLabsClient client;
    private final Ffmpeg ffmpeg;
    private final String defaultVoiceId;
    private final String extension;
    private final ElevenLabsProperties props;
    private final AlignedCaptions captions = new AlignedCaptions();

    public ElevenLabsNarrationProvider(ElevenLabsClient client, ElevenLabsProperties props, Ffmpeg ffmpeg) {
        this.client = client;
        this.ffmpeg = ffmpeg;
        this.defaultVoiceId = props.voiceId();
        this.props = props;
        this.extension = props.outputFormat().split("_", 2)[0].toLowerCase(Locale.ROOT);
        if (!CONTENT_TYPES.containsKey(extension)) {
            throw new IllegalArgumentException("ElevenLabs output format " + props.outputFormat()
                    + " is not supported: use an mp3_* or wav_* format, as pcm, ulaw, alaw and opus streams have no "
                    + "header the later stages can read");
        }
    }

    @Override
    public String name() {
        return ElevenLabsClient.VENDOR;
    }

    @Override
    public boolean paid() {
        return true;
    }

    @Override
    public String settings(String voice) {
        return voiceId(voice) + "|" + props.modelId() + "|" + props.outputFormat() + "|" + props.voiceSettings();
    }

    @Override
    public SpokenNarration narrate(String text, String voice, Path workDir) {
        return narrate(text, voice, workDir, answer -> {
        });
    }

    @Override
    public SpokenNarration narrate(String text, String voice, Path workDir, Consumer<KeptAnswer> keep) {
        String spoken = NarrationText.clean(text);
        String voiceId = voiceId(voice);
        TimedSpeech speech = client.speak(spoken, voiceId, workDir.resolve("narration." + extension));
        keep.accept(new KeptAnswer(speech.audio(), extension, CONTENT_TYPES.get(extension),
                JSON.writeValueAsString(new Answer(speech.alignment(), speech.billedCharacters()))));
        return narration(spoken, voiceId, speech);
    }

    @Override
    public SpokenNarration fromKept(String text, String voice, KeptAnswer answer) {
        Answer kept = JSON.readValue(answer.details(), Answer.class);
        return narration(NarrationText.clean(text), voiceId(voice),
                new TimedSpeech(answer.audio(), kept.alignment(), kept.billedCharacters()));
    }

    /** What ElevenLabs said of its audio besides the audio itself, as it is kept. */
    record Answer(CharacterAlignment alignment, Long billedCharacters) {
    }

    private SpokenNarration narration(String spoken, String voiceId, TimedSpeech speech) {
        double duration = measure(speech.audio());
        SceneCaptions cues = speech.alignment() != null ? captions.fromAlignment(speech.alignment(), duration)
                : captions.spreadOver(spoken, duration);
        long characters = speech.billedCharacters() != null ? speech.billedCharacters()
                : spoken.codePointCount(0, spoken.length());
        log.info("Narrated {} s with ElevenLabs voice {} ({} characters, {} cues)",
                String.format(Locale.ROOT, "%.2f", duration), voiceId, characters, cues.cues().size());
        return new SpokenNarration(speech.audio(), extension, CONTENT_TYPES.get(extension), duration, cues, voiceId,
                new VendorCost(ElevenLabsClient.VENDOR, "characters", characters));
    }

    /** The story's voice when it names an ElevenLabs voice; a local voice name or none gets the configured one. */
    private String voiceId(String voice) {
        if (voice != null && VOICE_ID.matcher(voice.strip()).matches()) {
            return voice.strip();
        }
        if (voice != null && !voice.isBlank()) {
            log.debug("Voice '{}' is not an ElevenLabs voice id; using {}", voice, defaultVoiceId);
        }
        return defaultVoiceId;
    }

    /** The audio stream's own length, else the container's, as the merge stage reads it. */
    private double measure(Path audio) {
        MediaInfo info = ffmpeg.probe(audio);
        double seconds = info.audio().map(MediaInfo.Stream::durationSeconds).filter(d -> d > 0)
                .orElse(info.durationSeconds());
        if (!(seconds > 0)) {
            throw new MediaException("ElevenLabs audio " + audio.getFileName() + " has no measurable length");
        }
        return seconds;
    }
}
