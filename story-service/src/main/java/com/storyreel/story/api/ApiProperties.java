package com.storyreel.story.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The REST gateway ({@code storyreel.api}).
 *
 * @param maxBody the largest request body read; a larger one is refused before it is parsed
 */
@ConfigurationProperties("storyreel.api")
public record ApiProperties(@DefaultValue("1MB") DataSize maxBody) {
}
