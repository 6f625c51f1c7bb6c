package com.storyreel.merge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Puts each scene's clip and narration together into one video. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MergeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MergeServiceApplication.class, args);
    }
}
