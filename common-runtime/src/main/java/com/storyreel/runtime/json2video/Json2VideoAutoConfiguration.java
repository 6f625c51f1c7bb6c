package com.storyreel.runtime.json2video;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.vendor.VendorAutoConfiguration;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;

/** The JSON2Video client the clip, merge and render stages share. */
@AutoConfiguration(after = VendorAutoConfiguration.class)
@EnableConfigurationProperties(Json2VideoProperties.class)
public class Json2VideoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Json2VideoClient json2VideoClient(Json2VideoProperties props, VendorHttp http, VendorGuards guards, JsonMapper json,
            ObjectProvider<Clock> clock) {
        return new Json2VideoClient(props, http, guards, json, clock.getIfAvailable(Clock::systemUTC));
    }
}
