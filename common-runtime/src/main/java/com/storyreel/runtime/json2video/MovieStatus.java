package com.storyreel.runtime.json2video;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import com.storyreel.events.VendorCost;
import tools.jackson.databind.JsonNode;

import com.storyreel.runtime.work.JobProgress;

/**
 * What JSON2Video says about a render, from a status poll ({@code movie} of {@code GET /v2/movies}) or a webhook.
 * Read leniently: numbers may come as strings (webhooks send them so), and any field may be missing.
 *
 * @param status pending, running, done, error or timeout; null when a webhook leaves it out
 * @param progress percent done while running, or null
 * @param url the finished movie, or null
 * @param duration its length in seconds, what the render is billed by
 * @param message the vendor's reason when the render failed
 */
public record MovieStatus(String project, String status, Integer progress, String url, Double duration, Long size,
        Integer width, Integer height, Double renderingTime, String message) {

    static MovieStatus of(JsonNode movie) {
        Double progress = number(movie.path("progress"));
        Double size = number(movie.path("size"));
        Double width = number(movie.path("width"));
        Double height = number(movie.path("height"));
        return new MovieStatus(text(movie.path("project")), lower(text(movie.path("status"))),
                progress == null ? null : (int) Math.round(progress), text(movie.path("url")), number(movie.path("duration")),
                size == null ? null : size.longValue(), width == null ? null : width.intValue(),
                height == null ? null : height.intValue(), number(movie.path("rendering_time")), text(movie.path("message")));
    }

    /** Whether this names a finished movie: a URL, and no status other than done. */
    public boolean delivered() {
        return url != null && (status == null || status.equals("done"));
    }

    /** As the job poller takes it: finished with the movie's URL and cost, failed with the vendor's reason, or pending. */
    public JobProgress asJobProgress() {
        if (delivered()) {
            return new JobProgress.Finished("done", List.of(URI.create(url)),
                    duration == null ? null : new VendorCost(Json2VideoClient.VENDOR, "render-seconds", duration));
        }
        String reason = message == null ? "no reason given" : message;
        return switch (status == null ? "" : status) {
            case "error" -> new JobProgress.Failed("json2video: render " + project + " failed: " + reason, null);
            case "timeout" -> new JobProgress.Failed("json2video: render " + project + " timed out at JSON2Video: " + reason,
                    null);
            case "done" -> new JobProgress.Failed("json2video: render " + project + " is done but names no movie URL", null);
            case "running" -> new JobProgress.Pending(progress == null ? "running" : "running " + progress + "%");
            default -> new JobProgress.Pending(status == null ? "unknown" : status);
        };
    }

    private static String text(JsonNode node) {
        if (node.isString() || node.isNumber()) {
            String value = node.asString().strip();
            return value.isEmpty() ? null : value;
        }
        return null;
    }

    private static Double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isString()) {
            try {
                return Double.valueOf(node.stringValue().strip());
            }
            catch (NumberFormatException ex) {
                return null;
            }
        }
        return null;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
