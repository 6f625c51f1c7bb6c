package com.storyreel.runtime.vendor;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds the HTTP client of one vendor: its base URL, our timeouts, no redirects to other hosts. Every
 * request is timed as {@code storyreel.vendor.requests} by vendor and outcome: {@code ok}, {@code rate_limited}
 * (a 429), {@code client_error} (another 4xx), {@code server_error} (a 5xx) or {@code no_answer} (no response).
 */
public final class VendorHttp {

    /** The outcome tag's values; every vendor's timers for them exist from the start. */
    static final List<String> OUTCOMES = List.of("ok", "rate_limited", "client_error", "server_error", "no_answer");

    private final RestClient.Builder builder;
    private final VendorProperties props;
    private final MeterRegistry meters;

    /** Registers the request timers of {@code vendors} at 0, so dashboards show them before the first call. */
    public VendorHttp(RestClient.Builder builder, VendorProperties props, MeterRegistry meters, List<String> vendors) {
        this.builder = builder;
        this.props = props;
        this.meters = meters;
        vendors.forEach(vendor -> OUTCOMES.forEach(outcome -> timer(vendor, outcome)));
    }

    /** A client for {@code vendor} at {@code baseUrl} whose calls give up after {@code readTimeout} without an answer. */
    public RestClient client(String vendor, String baseUrl, Duration readTimeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(props.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(readTimeout);
        return builder.clone().baseUrl(baseUrl).requestFactory(requests).requestInterceptor((request, body, execution) -> {
            long started = System.nanoTime();
            String outcome = "no_answer";
            try {
                ClientHttpResponse response = execution.execute(request, body);
                outcome = outcome(response.getStatusCode().value());
                return response;
            }
            finally {
                timer(vendor, outcome).record(Duration.ofNanos(System.nanoTime() - started));
            }
        }).build();
    }

    static String outcome(int status) {
        if (status == 429) {
            return "rate_limited";
        }
        return status >= 500 ? "server_error" : status >= 400 ? "client_error" : "ok";
    }

    private Timer timer(String vendor, String outcome) {
        return Timer.builder("storyreel.vendor.requests")
                .description("HTTP requests to a vendor's API, to the response's headers")
                .tag("vendor", vendor)
                .tag("outcome", outcome)
                .register(meters);
    }
}
