package com.storyreel.render;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Joins a story's merged scenes into the final video with captions and subtitle files. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RenderServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RenderServiceApplication.class, args);
    }
}
