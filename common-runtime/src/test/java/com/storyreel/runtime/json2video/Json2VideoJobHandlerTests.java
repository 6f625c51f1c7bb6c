package com.storyreel.runtime.json2video;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.events.Stage;
import com.storyreel.events.StoryEvent;
import com.storyreel.events.VendorCost;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import com.storyreel.runtime.vendor.VendorProperties;
import com.storyreel.runtime.work.JobProgress;
import com.storyreel.runtime.work.VendorJob;

import static org.assertj.core.api.Assertions.assertThat;

class Json2VideoJobHandlerTests {

    private static final String PROJECT = "JkGxEoPRF9EgRb32";

    private final Json2VideoJobHandler handler = new Json2VideoJobHandler(client(), new VendorDownloads(true,
            Duration.ofSeconds(5)), null, Ffmpeg.onPath()) {

        @Override
        public String kind() {
            return "json2video-test";
        }

        @Override
        public StoryEvent complete(VendorJob job, JobProgress.Finished finished, VendorCost cost) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void aWebhookNamingTheMovieFinishesTheJob() {
        JobProgress progress = handler.read(job(), """
                {"width":"1920","height":"1080","duration":"10.5","size":"4567890",
                 "url":"https://assets.json2video.com/clients/xxxx/renders/x.mp4",
                 "project":"JkGxEoPRF9EgRb32","id":"your-movie-id","client-data":{}}""");

        assertThat(progress).isEqualTo(new JobProgress.Finished("done",
                List.of(URI.create("https://assets.json2video.com/clients/xxxx/renders/x.mp4")),
                new VendorCost("json2video", "render-seconds", 10.5)));
    }

    @Test
    void aWebhookReportingAFailureIsConfirmedByPolling() {
        JobProgress progress = handler.read(job(), """
                {"project":"JkGxEoPRF9EgRb32","status":"error","message":"Source file could not be downloaded"}""");

        assertThat(progress).isInstanceOf(JobProgress.Pending.class);
    }

    @Test
    void aWebhookOfAnotherProjectOrInAnUnknownShapeIsConfirmedByPolling() {
        assertThat(handler.read(job(), """
                {"project":"AnotherProject01","url":"https://assets.json2video.com/clients/xxxx/renders/y.mp4"}"""))
                .isInstanceOf(JobProgress.Pending.class);
        assertThat(handler.read(job(), "[\"not\", \"an object\"]")).isInstanceOf(JobProgress.Pending.class);
        assertThat(handler.read(job(), "not json")).isInstanceOf(JobProgress.Pending.class);
    }

    private static VendorJob job() {
        Instant now = Instant.now();
        return new VendorJob("story/0/clip/abc", "story", 0, Stage.CLIP, "abc", "json2video", "json2video-test", PROJECT,
                VendorJob.JobStatus.RUNNING, 0, 0, now, now.plusSeconds(60), "json2video", "clipRendered", "token",
                "type", "{}", null, null, null, null, now);
    }

    private static Json2VideoClient client() {
        var props = new Json2VideoProperties("key", "", "high", Duration.ofHours(12), Duration.ofMinutes(45),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(5), List.of(".json2video.com"),
                DataSize.ofGigabytes(2), Duration.ofMinutes(15), "");
        var guards = new VendorGuards(RetryRegistry.ofDefaults(), CircuitBreakerRegistry.ofDefaults(),
                RateLimiterRegistry.ofDefaults(), BulkheadRegistry.ofDefaults());
        var http = new VendorHttp(RestClient.builder(), new VendorProperties(true, Duration.ofSeconds(5), Duration.ofSeconds(2)), new SimpleMeterRegistry(), List.of());
        return new Json2VideoClient(props, http, guards, JsonMapper.builder().build(), Clock.systemUTC());
    }
}
