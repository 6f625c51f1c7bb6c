package com.storyreel.story.api;

import java.nio.charset.StandardCharsets;

import com.storyreel.story.StoryServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 1 MB body limit and the webhooks' 64 KB, sent over a raw socket so each path arrives spelt as
 * written. A refused request never sends its whole body: a server that read on would wait for the rest
 * and the read of the answer would time out.
 */
@StoryServiceTest
class RequestBodyLimitIntegrationTests {

    private static final byte[] OPENING = "{\"script\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WORDS = "word ".repeat(13_000).getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/stories", "/%61pi/stories", "/api;x=1/stories", "/api/./stories",
            "/api/x/../stories", "//api//stories", "/api/stories/", "/unknown"})
    void bodyAnnouncedPastTheLimitIsRefusedWhateverThePathSpelling(String path) throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            var response = http.head("POST " + path + " HTTP/1.1", "Content-Type: application/json",
                    "Content-Length: 104857600").response();

            assertTooLarge(response, 1024 * 1024);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/stories", "/%61pi/stories", "/api;x=1/stories", "/%61pi;x=1/stories"})
    void chunkedBodyIsRefusedAtTheLimitWithoutReadingTheRest(String path) throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            http.head("POST " + path + " HTTP/1.1", "Content-Type: application/json", "Transfer-Encoding: chunked");
            http.chunk(OPENING);
            for (long sent = 0; sent <= 1024 * 1024; sent += WORDS.length) {
                http.chunk(WORDS);
            }
            // No last chunk: the body never ends, so only a server that stops reading at the limit answers.

            assertTooLarge(http.response(), 1024 * 1024);
        }
    }

    @Test
    void bodyWithinTheLimitOnAnOddSpellingReachesTheApi() throws Exception {
        byte[] body = "{\"script\":\"The owl woke at dusk.\"}".getBytes(StandardCharsets.US_ASCII);
        try (RawHttp http = new RawHttp(port)) {
            var response = http.head("POST /%61pi/stories HTTP/1.1", "Content-Type: application/json",
                    "Content-Length: " + body.length, "Connection: close").write(body).response();

            assertThat(response.status()).isEqualTo(202);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/./stories", "//api//stories"})
    void chunkedBodyToAPathNothingServesIsNotReadEither(String path) throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            http.head("POST " + path + " HTTP/1.1", "Content-Type: application/json", "Transfer-Encoding: chunked");
            http.chunk(OPENING).chunk(WORDS);

            assertThat(http.response().status()).isEqualTo(404);
        }
    }

    @Test
    void webhookWithAWrongSecretIsRefusedBeforeItsBodyIsRead() throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            var response = http.head("POST /webhooks/json2video/not-the-secret HTTP/1.1", "Content-Type: application/json",
                    "Content-Length: 50000").response();

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
        }
        try (RawHttp http = new RawHttp(port)) {
            var response = http.head("POST /webhooks/leonardo HTTP/1.1", "Content-Type: application/json",
                    "Authorization: Bearer guess", "Transfer-Encoding: chunked").chunk(WORDS).response();

            assertThat(response.status()).isEqualTo(401);
        }
    }

    @Test
    void webhookBodyPastItsLimitIsRefused() throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            var response = http.head("POST /webhooks/json2video/test-json2video-secret HTTP/1.1",
                    "Content-Type: application/json", "Content-Length: 70000").response();

            assertTooLarge(response, 64 * 1024);
        }
        try (RawHttp http = new RawHttp(port)) {
            http.head("POST /webhooks/leonardo HTTP/1.1", "Content-Type: application/json",
                    "Authorization: Bearer test-leonardo-token", "Transfer-Encoding: chunked");
            http.chunk(OPENING).chunk(WORDS).chunk(WORDS);

            assertTooLarge(http.response(), 64 * 1024);
        }
    }

    private static void assertTooLarge(RawHttp.Response response, long limit) {
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(413);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("body");
        assertThat(response.json().path("errors").get(0).path("message").asString()).contains(String.valueOf(limit));
    }
}
