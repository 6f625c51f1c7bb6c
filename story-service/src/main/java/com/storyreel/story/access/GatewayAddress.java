package com.storyreel.story.access;

import java.net.InetAddress;

import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Without API keys the gateway is open to whoever reaches it, so it listens on loopback only: an
 * unset {@code server.address} becomes loopback, and a non-loopback one stops the start naming the
 * missing keys. With keys the configured address stands.
 */
class GatewayAddress implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private final ApiKeys keys;
    private final InetAddress configured;

    GatewayAddress(ApiKeys keys, InetAddress configured) {
        this.keys = keys;
        this.configured = configured;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (!keys.isEmpty()) {
            return;
        }
        if (configured != null && !configured.isLoopbackAddress()) {
            throw new IllegalStateException("Refusing to serve on " + configured.getHostAddress()
                    + " without API keys: set STORYREEL_API_KEYS, or listen on loopback");
        }
        factory.setAddress(configured != null ? configured : InetAddress.getLoopbackAddress());
    }

    /** After Boot's own customizer, which sets the configured address. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
