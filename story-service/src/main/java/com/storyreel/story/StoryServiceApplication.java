package com.storyreel.story;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The REST gateway, the story writer and the aggregator that owns every story's state. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StoryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(StoryServiceApplication.class, args);
    }
}
