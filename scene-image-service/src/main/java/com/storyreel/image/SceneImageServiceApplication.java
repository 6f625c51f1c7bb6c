package com.storyreel.image;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Makes one illustration per scene of every written story. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SceneImageServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SceneImageServiceApplication.class, args);
    }
}
