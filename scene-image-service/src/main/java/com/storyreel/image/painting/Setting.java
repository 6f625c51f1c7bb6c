package com.storyreel.image.painting;

/** Where a scene takes place; each one has its own landscape (or, for a room, an interior). */
enum Setting {
    ROOM, SPACE, SEA, CITY, VILLAGE, CASTLE, DESERT, SNOWFIELD, FOREST, LAKE, RIVER, MOUNTAINS, MEADOW
}
