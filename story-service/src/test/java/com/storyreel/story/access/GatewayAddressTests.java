package com.storyreel.story.access;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayAddressTests {

    private static final ApiKeys NO_KEYS = new ApiKeys(List.of());

    private final TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

    @Test
    void withoutKeysAnUnsetAddressBecomesLoopback() {
        new GatewayAddress(NO_KEYS, null).customize(factory);

        assertThat(factory.getAddress()).isNotNull().matches(InetAddress::isLoopbackAddress);
    }

    @Test
    void withoutKeysANonLoopbackAddressRefusesToStartNamingTheKeys() throws Exception {
        var lan = InetAddress.getByName("192.168.1.20");

        assertThatThrownBy(() -> new GatewayAddress(NO_KEYS, lan).customize(factory))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("STORYREEL_API_KEYS");
    }

    @Test
    void withKeysTheConfiguredAddressStands() throws Exception {
        new GatewayAddress(new ApiKeys(List.of("k")), null).customize(factory);
        assertThat(factory.getAddress()).isNull();

        new GatewayAddress(NO_KEYS, InetAddress.getByName("::1")).customize(factory);
        assertThat(factory.getAddress()).isEqualTo(InetAddress.getByName("::1"));
    }
}
