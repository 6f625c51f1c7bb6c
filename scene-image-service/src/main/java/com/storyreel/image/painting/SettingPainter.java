package com.storyreel.image.painting;

import java.awt.Rectangle;
import java.util.Random;

/** Paints the sky and the land of a scene's setting, and says where its subjects can stand. */
final class SettingPainter {

    private SettingPainter() {
    }

    static Stage paint(Canvas c) {
        if (c.scene.setting() != Setting.ROOM) {
            SkyPainter.paint(c, new Rectangle(0, 0, c.width, c.height), c.layout.horizonY());
        }
        return switch (c.scene.setting()) {
            case ROOM -> InteriorPainter.paint(c);
            case SPACE -> SpacePainter.paint(c);
            case SEA -> WaterPainter.sea(c);
            case LAKE -> WaterPainter.lake(c);
            case RIVER -> WaterPainter.river(c);
            case CITY -> TownPainter.city(c);
            case VILLAGE -> TownPainter.village(c);
            case FOREST -> CountryPainter.forest(c);
            case MOUNTAINS -> CountryPainter.mountains(c);
            case SNOWFIELD -> CountryPainter.snowfield(c);
            case DESERT -> CountryPainter.desert(c);
            case MEADOW, CASTLE -> CountryPainter.meadow(c);
        };
    }

    /** The open sky above the horizon, where flying subjects go outdoors. */
    static Rectangle skyAbove(Canvas c) {
        return new Rectangle(0, 0, c.width, c.layout.horizonY());
    }

    /** Feet positions along the ground line with a gentle rise and fall. */
    static int[] feet(Canvas c, Random random) {
        return Terrain.rolling(random, c.width, c.layout.groundY() + c.height * 0.012, c.height * 0.02, 1.2);
    }
}
