package com.storyreel.runtime.vendor;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VendorDownloadsTests {

    private static final byte[] IMAGE = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5};
    private static final DownloadRule RULE = new DownloadRule("acme", List.of("localhost"), List.of("image/jpeg"),
            DataSize.ofBytes(1024), Duration.ofSeconds(30));

    private static WireMockServer server;

    @TempDir
    Path dir;

    private final VendorDownloads downloads = new VendorDownloads(true, Duration.ofSeconds(10));

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/img.jpg")).willReturn(aResponse().withHeader("Content-Type", "image/jpeg")
                .withBody(IMAGE)));
        server.stubFor(get(urlPathEqualTo("/page.html")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<html>")));
        server.stubFor(get(urlPathEqualTo("/big.jpg")).willReturn(aResponse().withHeader("Content-Type", "image/jpeg")
                .withBody(new byte[4096])));
        server.stubFor(get(urlPathEqualTo("/chunked.jpg")).willReturn(aResponse().withHeader("Content-Type", "image/jpeg")
                .withChunkedDribbleDelay(4, 1).withBody(new byte[4096])));
        // 1 KB over 20 s: every read gets a few bytes, so no read times out; only the overall deadline ends it.
        server.stubFor(get(urlPathEqualTo("/trickle.jpg")).willReturn(aResponse().withHeader("Content-Type", "image/jpeg")
                .withChunkedDribbleDelay(200, 20_000).withBody(new byte[1000])));
        server.stubFor(get(urlPathEqualTo("/moved.jpg")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/img.jpg")));
        server.stubFor(get(urlPathEqualTo("/elsewhere.jpg")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://127.0.0.1:" + server.port() + "/img.jpg")));
        server.stubFor(get(urlPathEqualTo("/gone.jpg")).willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathEqualTo("/busy.jpg")).willReturn(aResponse().withStatus(503)));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void downloadsAnAllowedResult() throws Exception {
        Path target = dir.resolve("a.jpg");

        String type = downloads.download(url("/img.jpg"), RULE, target);

        assertThat(type).isEqualTo("image/jpeg");
        assertThat(Files.readAllBytes(target)).isEqualTo(IMAGE);
    }

    @Test
    void followsARedirectThatStaysOnTheAllowList() throws Exception {
        Path target = dir.resolve("b.jpg");

        downloads.download(url("/moved.jpg"), RULE, target);

        assertThat(Files.readAllBytes(target)).isEqualTo(IMAGE);
    }

    @Test
    void refusesPlainHttpUnlessAllowed() {
        var strict = new VendorDownloads(false, Duration.ofSeconds(10));

        assertThatThrownBy(() -> strict.download(url("/img.jpg"), RULE, dir.resolve("c.jpg")))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("only https downloads are allowed");
    }

    @Test
    void refusesAHostOffTheAllowListAndARedirectToOne() {
        assertThatThrownBy(() -> downloads.download(URI.create("http://127.0.0.1:" + server.port() + "/img.jpg"), RULE,
                dir.resolve("d.jpg"))).hasMessageContaining("host 127.0.0.1 is not on the allow-list [localhost]");
        assertThatThrownBy(() -> downloads.download(url("/elsewhere.jpg"), RULE, dir.resolve("e.jpg")))
                .hasMessageContaining("host 127.0.0.1 is not on the allow-list");
    }

    @Test
    void anAnswerThatBrokeOffBeforeNamingItsTypeMayBeTriedAgain() {
        server.stubFor(get(urlPathEqualTo("/broken.jpg")).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        assertThatThrownBy(() -> downloads.download(url("/broken.jpg"), RULE, dir.resolve("g.jpg")))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.isTransient()).isTrue());
    }

    @Test
    void refusesAnUnexpectedContentType() {
        assertThatThrownBy(() -> downloads.download(url("/page.html"), RULE, dir.resolve("f.jpg")))
                .hasMessageContaining("content type text/html is not one of [image/jpeg]");
    }

    @Test
    void refusesABodyOverTheSizeLimitWhetherDeclaredOrStreamed() {
        assertThatThrownBy(() -> downloads.download(url("/big.jpg"), RULE, dir.resolve("g.jpg")))
                .hasMessageContaining("larger than 1024B");
        Path streamed = dir.resolve("h.jpg");
        assertThatThrownBy(() -> downloads.download(url("/chunked.jpg"), RULE, streamed))
                .hasMessageContaining("larger than 1024B");
        assertThat(streamed).doesNotExist();
    }

    @Test
    void aServerThatTricklesBytesFailsAtTheDeadlineWithAReasonNamingIt() {
        var rule = new DownloadRule("acme", List.of("localhost"), List.of("image/jpeg"), DataSize.ofBytes(1024),
                Duration.ofSeconds(1));
        Path target = dir.resolve("t.jpg");

        assertThatThrownBy(() -> downloads.download(url("/trickle.jpg"), rule, target))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("not downloaded within the deadline of PT1S");
        assertThat(target).doesNotExist();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aDownloadWithinTheDeadlineLeavesTheThreadUninterrupted() throws Exception {
        downloads.download(url("/img.jpg"), RULE, dir.resolve("u.jpg"));

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aMissingResultIsFinalAndABusyServerMayPass() {
        assertThatThrownBy(() -> downloads.download(url("/gone.jpg"), RULE, dir.resolve("i.jpg")))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.retryable()).isFalse());
        assertThatThrownBy(() -> downloads.download(url("/busy.jpg"), RULE, dir.resolve("j.jpg")))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void reasonsLeaveOutTheQueryWhereSignedLinksKeepTheirSecrets() {
        assertThatThrownBy(() -> downloads.download(url("/page.html?X-Amz-Signature=secret"), RULE, dir.resolve("k.jpg")))
                .hasMessageNotContaining("secret").hasMessageContaining("/page.html");
    }

    private static URI url(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
