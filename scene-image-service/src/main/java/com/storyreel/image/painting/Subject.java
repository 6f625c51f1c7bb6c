package com.storyreel.image.painting;

/** Something the painter can draw as a recognisable shape, and where it belongs in the picture. */
enum Subject {
    FOX(Place.GROUND, 0.55),
    RABBIT(Place.GROUND, 0.4),
    BEAR(Place.GROUND, 0.85),
    OWL(Place.GROUND, 0.5),
    CAT(Place.GROUND, 0.45),
    DOG(Place.GROUND, 0.55),
    CHILD(Place.GROUND, 1.0),
    ROBOT(Place.GROUND, 1.0),
    BIRD(Place.SKY, 0),
    DRAGON(Place.SKY, 0),
    BALLOON(Place.SKY, 0),
    WHALE(Place.WATER, 0),
    BOAT(Place.WATER, 0),
    LIGHTHOUSE(Place.BACKGROUND, 0),
    HOUSE(Place.BACKGROUND, 0),
    CASTLE(Place.BACKGROUND, 0),
    TREE(Place.BESIDE_HERO, 0),
    LANTERN(Place.BESIDE_HERO, 0),
    MOON(Place.HEAVENS, 0),
    SUN(Place.HEAVENS, 0),
    STARS(Place.HEAVENS, 0);

    /** Where a subject goes: the heavens are painted by the sky itself. */
    enum Place {
        GROUND, SKY, WATER, BACKGROUND, BESIDE_HERO, HEAVENS
    }

    private final Place place;
    private final double size;

    Subject(Place place, double size) {
        this.place = place;
        this.size = size;
    }

    Place place() {
        return place;
    }

    /** Height of a ground character relative to a standing child. */
    double size() {
        return size;
    }
}
