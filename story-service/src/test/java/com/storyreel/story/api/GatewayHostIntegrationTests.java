package com.storyreel.story.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import com.storyreel.story.StoryServiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Without API keys the gateway answers only requests addressed to loopback (no DNS rebinding). */
@StoryServiceTest
class GatewayHostIntegrationTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]", "LOCALHOST"})
    void aLoopbackHostIsServed(String host) throws Exception {
        assertThat(statusLine(host + ":" + port)).contains(" 200");
        assertThat(statusLine(host)).contains(" 200");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"attacker.example", "attacker.example:80", "127.0.0.1.attacker.example", "localhost.attacker.example:8080",
            "192.168.1.20"})
    void anyOtherHostIsAForbiddenProblem(String host) throws Exception {
        String response = exchange(host);

        assertThat(response).startsWith("HTTP/1.1 403");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response).contains("STORYREEL_API_KEYS");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/studio/studio.js"})
    void theStudioPageToAnotherHostIsAForbiddenProblemToo(String path) throws Exception {
        assertThat(exchange("attacker.example", path)).startsWith("HTTP/1.1 403");
        assertThat(exchange("localhost", path)).startsWith("HTTP/1.1 200");
    }

    private String statusLine(String host) throws IOException {
        return exchange(host).lines().findFirst().orElseThrow();
    }

    /** A raw request, since HTTP clients will not send a Host header other than the address they connect to. */
    private String exchange(String host) throws IOException {
        return exchange(host, "/api/stories?size=1");
    }

    private String exchange(String host, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
