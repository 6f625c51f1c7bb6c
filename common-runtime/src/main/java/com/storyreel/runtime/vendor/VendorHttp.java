package com.storyreel.runtime.vendor;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Builds the HTTP client of one vendor: its base URL, our timeouts, no redirects to other hosts. */
public final class VendorHttp {

    private final RestClient.Builder builder;
    private final VendorProperties props;

    public VendorHttp(RestClient.Builder builder, VendorProperties props) {
        this.builder = builder;
        this.props = props;
    }

    /** A client for {@code baseUrl} whose calls give up after {@code readTimeout} without an answer. */
    public RestClient client(String baseUrl, Duration readTimeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(props.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(readTimeout);
        return builder.clone().baseUrl(baseUrl).requestFactory(requests).build();
    }
}
