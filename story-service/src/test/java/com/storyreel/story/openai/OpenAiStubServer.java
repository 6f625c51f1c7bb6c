package com.storyreel.story.openai;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A stub OpenAI for one test class, declared as its static {@code @RegisterExtension} field: started at once, so
 * that the class's {@code @DynamicPropertySource} can point the service at it, and stopped after its last test.
 */
final class OpenAiStubServer extends WireMockServer implements AfterAllCallback {

    OpenAiStubServer() {
        super(options().dynamicPort());
        start();
    }

    /** Has the service write its stories with this stub as OpenAI. */
    void writeStories(DynamicPropertyRegistry registry) {
        registry.add("storyreel.writer.provider", () -> "openai");
        registry.add("storyreel.openai.api-key", () -> OpenAiTestClient.KEY);
        registry.add("storyreel.openai.base-url", () -> baseUrl() + "/v1");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }
}
