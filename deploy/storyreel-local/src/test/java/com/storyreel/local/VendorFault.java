package com.storyreel.local;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * What a fake vendor does wrong to a request. The first four answer before the vendor takes the
 * request (nothing is started or billed); the last two lose the answer after it did (the job runs and
 * is billed, but the caller never hears of it).
 */
enum VendorFault {

    RATE_LIMITED_WITH_RETRY_AFTER(false),
    RATE_LIMITED(false),
    SERVER_ERROR(false),
    HTML_ERROR_PAGE(false),
    TRUNCATED(true),
    STALLED(true);

    private final boolean afterAcceptance;

    VendorFault(boolean afterAcceptance) {
        this.afterAcceptance = afterAcceptance;
    }

    /** Whether the vendor took the request although its answer was lost. */
    boolean afterAcceptance() {
        return afterAcceptance;
    }

    /** The faulty answer: built from nothing for the first four, from the real answer for the last two. */
    ResponseDefinition answer(String path, ResponseDefinition real, int stallMillis) {
        return switch (this) {
            case RATE_LIMITED_WITH_RETRY_AFTER -> json(429, rateLimited(path)).withHeader("Retry-After", "1").build();
            case RATE_LIMITED -> json(429, rateLimited(path)).build();
            case SERVER_ERROR -> json(503, serverError(path)).build();
            case HTML_ERROR_PAGE -> new ResponseDefinitionBuilder().withStatus(502).withHeader("Content-Type", "text/html")
                    .withBody("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                            + "</center><hr><center>nginx</center></body></html>").build();
            case TRUNCATED -> ResponseDefinitionBuilder.like(real).withFault(Fault.MALFORMED_RESPONSE_CHUNK).build();
            case STALLED -> ResponseDefinitionBuilder.like(real).withFixedDelay(stallMillis).build();
        };
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Each vendor's own rate-limit body, as its contract shows it. */
    private static String rateLimited(String path) {
        if (path.startsWith("/openai/")) {
            return "{\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"requests\",\"param\":null,"
                    + "\"code\":\"rate_limit_exceeded\"}}";
        }
        if (path.startsWith("/elevenlabs/")) {
            return "{\"detail\":{\"status\":\"system_busy\",\"message\":\"The system is experiencing heavy traffic.\"}}";
        }
        if (path.startsWith("/leonardo/")) {
            return "{\"error\":\"Too many requests\",\"path\":\"$\",\"code\":\"rate-limit\"}";
        }
        return "{\"success\":false,\"message\":\"Too many requests\"}";
    }

    private static String serverError(String path) {
        if (path.startsWith("/openai/")) {
            return "{\"error\":{\"message\":\"The server is overloaded\",\"type\":\"server_error\",\"param\":null,\"code\":null}}";
        }
        if (path.startsWith("/elevenlabs/")) {
            return "{\"detail\":{\"status\":\"internal_error\",\"message\":\"Internal server error\"}}";
        }
        if (path.startsWith("/leonardo/")) {
            return "{\"error\":\"Internal error\",\"path\":\"$\",\"code\":\"unexpected\"}";
        }
        return "{\"error\":\"Error starting subprocess\"}";
    }
}
