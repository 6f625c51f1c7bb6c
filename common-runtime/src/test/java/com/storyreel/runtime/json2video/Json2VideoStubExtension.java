package com.storyreel.runtime.json2video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.storyreel.runtime.media.Scratch;

/**
 * JSON2Video stubbed for a media stage's test class: before its first test, makes the class's media with real
 * ffmpeg and starts a {@link Json2VideoStub} whose every finished render delivers one of them; after its last,
 * stops the stub and deletes the media. Declare it as a static {@code @RegisterExtension} field and hand
 * {@link #properties} to the context from a {@code @DynamicPropertySource}.
 */
public final class Json2VideoStubExtension implements BeforeAllCallback, AfterAllCallback {

    private final Function<TestMedia, Path> delivered;
    private Scratch scratch;
    private TestMedia media;
    private byte[] movie;
    private Json2VideoStub stub;

    private Json2VideoStubExtension(Function<TestMedia, Path> delivered) {
        this.delivered = delivered;
    }

    /** A stub whose finished renders deliver the file {@code movie} makes. */
    public static Json2VideoStubExtension delivering(Function<TestMedia, Path> movie) {
        return new Json2VideoStubExtension(movie);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        scratch = Scratch.create("json2video-test");
        media = new TestMedia(scratch);
        movie = Files.readAllBytes(delivered.apply(media));
        stub = new Json2VideoStub(movie);
        stub.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stub.stop();
        scratch.close();
    }

    /** The stub, to script its answers and check what it was sent. */
    public Json2VideoStub stub() {
        return stub;
    }

    /** The mp4 every finished render delivers. */
    public byte[] movie() {
        return movie;
    }

    /** Where the class makes the rest of its media; deleted after its last test. */
    public TestMedia media() {
        return media;
    }

    /**
     * The service's settings for the stub: its address (the documented base without the {@code /v2} the client
     * adds) and key, downloads of the finished movie over plain HTTP from it, and polls and retries quick enough
     * for a test.
     */
    public void properties(DynamicPropertyRegistry registry) {
        registry.add("JSON2VIDEO_BASE_URL", stub::baseUrl);
        registry.add("JSON2VIDEO_API_KEY", () -> Json2VideoStub.API_KEY);
        registry.add("storyreel.vendors.allow-http-downloads", () -> "true");
        registry.add("storyreel.json2video.download-hosts", () -> "localhost");
        registry.add("storyreel.jobs.poll-interval", () -> "100ms");
        registry.add("resilience4j.retry.instances.json2video.wait-duration", () -> "10ms");
    }
}
