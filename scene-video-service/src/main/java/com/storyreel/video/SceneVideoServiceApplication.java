package com.storyreel.video;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Cuts a moving clip from each scene's picture, as long as the scene's narration plus padding. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SceneVideoServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SceneVideoServiceApplication.class, args);
    }
}
