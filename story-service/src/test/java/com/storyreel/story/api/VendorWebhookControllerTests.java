package com.storyreel.story.api;

import com.storyreel.runtime.work.VendorJobStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The vendor webhooks' checks, without Kafka, MongoDB or S3: problem details naming the field. */
@WebMvcTest(controllers = VendorWebhookController.class, properties = {"storyreel.webhooks.leonardo-token=leonardo-token",
        "storyreel.webhooks.json2video-secret=json2video-secret", "storyreel.webhooks.max-body=1KB"})
@EnableConfigurationProperties(WebhookProperties.class)
class VendorWebhookControllerTests {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private VendorJobStore jobs;

    private MvcTestResult leonardo(String token, String body) {
        return mvc.post().uri("/webhooks/leonardo").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).content(body).exchange();
    }

    private static void assertProblem(MvcTestResult result, HttpStatus status, String field) {
        assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
    }

    @Test
    void aCallbackWithTheWrongTokenIsUnauthorizedAndNotKept() {
        MvcTestResult result = leonardo("guess", "{\"data\": {\"object\": {\"id\": \"gen-1\"}}}");

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(jobs);
    }

    @Test
    void aLeonardoCallbackNamingNoGenerationIsRefusedNamingTheField() {
        assertProblem(leonardo("leonardo-token", "{\"data\": {\"object\": {}}}"), HttpStatus.BAD_REQUEST, "data.object.id");
    }

    @Test
    void aCallbackThatIsNotJsonIsRefusedNamingTheBody() {
        assertProblem(leonardo("leonardo-token", "{\"data\": "), HttpStatus.BAD_REQUEST, "body");
    }

    @Test
    void aCallbackOverTheLimitIsRefusedNamingTheBody() {
        assertProblem(leonardo("leonardo-token", "{\"id\": \"" + "x".repeat(2048) + "\"}"), HttpStatus.CONTENT_TOO_LARGE,
                "body");
    }

    @Test
    void aJson2VideoFormCallbackNamingNoProjectIsRefusedNamingTheField() {
        MvcTestResult result = mvc.post().uri("/webhooks/json2video/json2video-secret")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("status=done").exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, "project");
    }

    @Test
    void aGoodCallbackIsKeptBesideItsJob() {
        when(jobs.recordCallback(anyString(), anyString(), anyString())).thenReturn(true);

        MvcTestResult result = leonardo("leonardo-token", "{\"data\": {\"object\": {\"id\": \"gen-1\"}}}");

        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        assertThat(result).bodyJson().extractingPath("$.jobWaiting").isEqualTo(true);
        verify(jobs).recordCallback("leonardo", "gen-1", "{\"data\": {\"object\": {\"id\": \"gen-1\"}}}");
    }
}
