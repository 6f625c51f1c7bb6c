package com.storyreel.story.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How stories are written.
 *
 * @param defaultScenes scenes written for a prompt that names no count
 */
@ConfigurationProperties("storyreel.writer")
public record WriterProperties(@DefaultValue("5") int defaultScenes) {
}
