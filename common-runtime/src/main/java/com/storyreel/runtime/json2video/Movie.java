package com.storyreel.runtime.json2video;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A JSON2Video movie, as posted to {@code /v2/movies}: the scenes, the movie-level elements (subtitles), and what
 * the client adds to every movie (quality, {@code client-data} and the exports webhook).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Movie(String resolution, Integer width, Integer height, String quality, Integer fps,
        @JsonProperty("client-data") Map<String, String> clientData, List<Scene> scenes, List<Element> elements,
        List<Export> exports) {

    /** A movie of exactly {@code width} x {@code height} at {@code fps}; {@code elements} may be empty. */
    public static Movie custom(int width, int height, int fps, List<Scene> scenes, List<Element> elements) {
        return new Movie("custom", width, height, null, fps, null, List.copyOf(scenes),
                elements.isEmpty() ? null : List.copyOf(elements), null);
    }

    /** This movie as sent: with the render quality, our correlation data and the exports (null for none). */
    Movie sentWith(String quality, Map<String, String> clientData, List<Export> exports) {
        return new Movie(resolution, width, height, quality, fps, clientData, scenes, elements, exports);
    }

    /**
     * One scene.
     *
     * @param duration its length in seconds
     * @param transition how it starts from the previous scene, or null for a cut
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scene(double duration, Transition transition, List<Element> elements) {

        public static Scene of(double duration, Element... elements) {
            return new Scene(duration, null, List.of(elements));
        }

        public Scene withTransition(Transition transition) {
            return new Scene(duration, transition, elements);
        }
    }

    /** A scene's transition from the one before: a style such as {@code fade}, over {@code duration} seconds. */
    public record Transition(String style, double duration) {
    }

    /**
     * One element; the fields that do not apply to its type are null and left out.
     *
     * @param start seconds from the start of the scene
     * @param zoom positive zooms in, negative out; kept within -10..10, the range every source agrees on
     * @param pan the side the picture pans toward
     * @param captions SRT, WebVTT or ASS text (or a URL) of a subtitles element: shown as they are, no transcription
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Element(String type, String src, Double start, Integer zoom, String pan, String resize,
            String captions, Map<String, Object> settings) {

        /** A still filling the frame, moving with {@code zoom} toward {@code pan}. */
        public static Element image(String src, int zoom, String pan) {
            if (zoom < -10 || zoom > 10) {
                throw new IllegalArgumentException("zoom must be within -10..10, was " + zoom);
            }
            return new Element("image", src, null, zoom, pan, "cover", null, null);
        }

        public static Element video(String src) {
            return new Element("video", src, null, null, null, null, null, null);
        }

        /** A sound starting {@code start} seconds into the scene. */
        public static Element audio(String src, double start) {
            return new Element("audio", src, start, null, null, null, null, null);
        }

        /** Captions given inline, drawn with {@code settings}; allowed once, and only among the movie's elements. */
        public static Element subtitles(String captions, Map<String, Object> settings) {
            return new Element("subtitles", null, null, null, null, null, captions, settings);
        }
    }

    /** Where the finished movie is announced. */
    public record Export(List<Destination> destinations) {
    }

    /** A webhook destination: JSON2Video posts to {@code endpoint} once the render ends, done or failed. */
    public record Destination(String type, String endpoint) {

        public static Destination webhook(String endpoint) {
            return new Destination("webhook", endpoint);
        }
    }
}
