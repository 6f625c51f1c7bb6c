package com.storyreel.image.painting;

/** The feeling of a scene; it tints the whole palette. */
enum Mood {
    NEUTRAL, HAPPY, CALM, SAD, SCARY, MAGICAL, HOPEFUL
}
