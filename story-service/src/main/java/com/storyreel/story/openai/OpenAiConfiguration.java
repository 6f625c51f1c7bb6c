package com.storyreel.story.openai;

import java.time.Clock;

import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import com.storyreel.story.writing.StoryWriter;
import com.storyreel.story.writing.WriterProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** OpenAI as the story writer's paid vendor, made only when {@code storyreel.writer.provider} picks it. */
@Configuration(proxyBeanMethods = false)
class OpenAiConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OpenAiConfiguration.class);

    @Bean
    ProviderChoice.Vendor<StoryWriter> openAiWriter(OpenAiProperties openAi, WriterProperties writer, VendorHttp http,
            VendorGuards guards, JsonMapper json, Clock clock) {
        return new ProviderChoice.Vendor<>("openai", "OPENAI_API_KEY", openAi.hasApiKey(), () -> {
            log.info("Stories are written by OpenAI: model {} at {}", openAi.model(), openAi.baseUrl());
            return new OpenAiStoryWriter(new OpenAiClient(openAi, http, guards, json, clock), json, writer.defaultScenes());
        });
    }
}
