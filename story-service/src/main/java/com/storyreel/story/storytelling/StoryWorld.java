package com.storyreel.story.storytelling;

import java.util.List;
import java.util.Optional;

/**
 * The places the offline writer can set a story in: where the hero lives, the landmarks a journey passes,
 * who lives there, and what weather it has. Every place names the painter's word for it.
 */
enum StoryWorld {

    FOREST("forest", "the forest", "a baby rabbit",
            List.of("rain", "fog", "snow", "clouds", "storm"),
            List.of("fox", "rabbit", "bear", "owl", "girl", "boy"),
            List.of(
                    new Home("forest", "in a cozy hollow under an old oak in the forest",
                            "deep in the forest", false),
                    new Home("forest", "in a little cottage at the edge of the forest",
                            "near the forest", true)),
            List.of(new Place("the babbling river", "river"), new Place("the quiet pond", "pond"),
                    new Place("the sunny meadow", "meadow"), new Place("the crumbling old tower", "tower"),
                    new Place("the deep dark woods", "woods"), new Place("the rolling hills", "hills"))),

    SEA("sea", "the sea", "a little crab",
            List.of("rain", "fog", "clouds", "storm"),
            List.of("whale", "cat", "seagull", "girl", "boy"),
            List.of(
                    new Home("beach", "in a snug hollow among the dunes of a sandy beach",
                            "on a sandy beach", false),
                    new Home("ocean", "deep in the blue ocean, far from the shore",
                            "deep in the ocean", false),
                    new Home("lighthouse", "in a tall white lighthouse on a rocky point",
                            "in a seaside lighthouse", true),
                    new Home("harbor", "on a little blue boat in a busy harbor",
                            "in a busy harbor", true)),
            List.of(new Place("the little island", "island"), new Place("the sandy beach", "beach"),
                    new Place("the busy harbor", "harbor"), new Place("the tall cliff", "cliff"),
                    new Place("the old lighthouse", "lighthouse"), new Place("the open ocean", "ocean"))),

    CITY("city", "the city", "a lost kitten",
            List.of("rain", "fog", "snow", "clouds", "storm"),
            List.of("robot", "cat", "dog", "girl", "boy"),
            List.of(
                    new Home("city", "in a quiet corner of an old workshop in the city",
                            "in the big city", false),
                    new Home("city", "in a tiny flat above a bakery in the city",
                            "in the big city", true)),
            List.of(new Place("the busy street", "street"), new Place("the old library", "library"),
                    new Place("the tall clock tower", "tower"), new Place("the rooftop garden", "garden"),
                    new Place("the bridge over the river", "river"), new Place("the crowded town square", "town"))),

    MOUNTAINS("mountains", "the mountains", "a young mountain goat",
            List.of("snow", "fog", "clouds", "storm", "rain"),
            List.of("dragon", "bear", "fox", "girl", "boy"),
            List.of(
                    new Home("mountains", "in a warm cave high in the mountains",
                            "high in the mountains", false),
                    new Home("mountains", "in a small stone hut high in the mountains",
                            "high in the mountains", true)),
            List.of(new Place("the high cliff", "cliff"), new Place("the green valley", "valley"),
                    new Place("the frozen lake", "lake"), new Place("the pine woods", "woods"),
                    new Place("the ruined castle", "castle"), new Place("the windy hills", "hills"))),

    MEADOW("meadow", "the meadow", "a fluffy duckling",
            List.of("rain", "clouds", "storm", "fog"),
            List.of("rabbit", "dog", "cat", "fox", "girl", "boy"),
            List.of(
                    new Home("meadow", "in a burrow under a hedge beside a wide meadow",
                            "beside a wide meadow", false),
                    new Home("farm", "on a busy little farm beside a wide meadow",
                            "on a little farm", true)),
            List.of(new Place("the red barn on the farm", "farm"), new Place("the duck pond", "pond"),
                    new Place("the flower garden", "garden"), new Place("the golden wheat field", "field"),
                    new Place("the winding river", "river"), new Place("the village green", "village"))),

    VILLAGE("village", "the village", "a lost puppy",
            List.of("rain", "snow", "fog", "clouds", "storm"),
            List.of("cat", "dog", "girl", "boy", "fox"),
            List.of(
                    new Home("village", "under the steps of the bakery in a sleepy village",
                            "in a sleepy village", false),
                    new Home("village", "in a crooked little house in a sleepy village",
                            "in a sleepy village", true)),
            List.of(new Place("the village square", "village"), new Place("the warm bakery kitchen", "kitchen"),
                    new Place("the little library", "library"), new Place("the stone bridge over the river", "river"),
                    new Place("the vegetable garden", "garden"), new Place("the hill above the village", "hills"))),

    CASTLE("castle", "the castle", "a tiny mouse",
            List.of("rain", "fog", "snow", "clouds", "storm"),
            List.of("girl", "boy", "dragon", "cat", "owl"),
            List.of(
                    new Home("tower", "in a quiet corner of the tallest tower of an old castle",
                            "in a castle tower", false),
                    new Home("castle", "in a grand old castle on a hill",
                            "in a grand castle", true)),
            List.of(new Place("the tallest tower", "tower"), new Place("the great library", "library"),
                    new Place("the royal garden", "garden"), new Place("the castle kitchen", "kitchen"),
                    new Place("the still lake below the walls", "lake"), new Place("the woods beyond the walls", "woods"))),

    DESERT("desert", "the desert", "a baby lizard",
            List.of("storm"),
            List.of("fox", "robot", "girl", "boy"),
            List.of(
                    new Home("desert", "in a cool burrow beneath the dunes of the desert",
                            "in the sandy desert", false),
                    new Home("desert", "in a striped tent beside an oasis in the desert",
                            "beside a desert oasis", true)),
            List.of(new Place("the tall dunes", "desert"), new Place("the palm tree oasis", "pond"),
                    new Place("the old stone tower", "tower"), new Place("the dry river bed", "river"),
                    new Place("the red cliffs", "cliff"), new Place("the sleepy market town", "town"))),

    SPACE("space", "space", "a little lost robot",
            List.of(),
            List.of("robot", "girl", "boy", "cat", "dog"),
            List.of(
                    new Home("space", "aboard a small round space station far out in space",
                            "far out in space", false),
                    new Home("planet", "on a tiny blue planet far out in space",
                            "on a tiny planet", true)),
            List.of(new Place("the silver moon", "space", "moon"), new Place("the ringed planet", "planet"),
                    new Place("the field of stars", "stars"), new Place("the glittering comet", "space"),
                    new Place("the old space station", "space"), new Place("the little red planet", "planet")));

    /**
     * Where a character lives: the painter's setting, the full phrase and a brief one ("deep in the forest")
     * for a short story; some homes suit people, others creatures.
     */
    record Home(String setting, String description, String brief, boolean forPeople) {
    }

    /** A landmark on the journey, the painter's setting for it and anything more the picture should show. */
    record Place(String phrase, String setting, String subject) {

        Place(String phrase, String setting) {
            this(phrase, setting, null);
        }
    }

    final String setting;

    final String phrase;

    /** A small creature in need of help, met on the way. */
    final String littleOne;

    /** The weather it can have, in a fixed order so seeded choices repeat. */
    final List<String> weather;

    final List<String> heroes;

    final List<Home> homes;

    final List<Place> places;

    StoryWorld(String setting, String phrase, String littleOne, List<String> weather, List<String> heroes,
            List<Home> homes, List<Place> places) {
        this.setting = setting;
        this.phrase = phrase;
        this.littleOne = littleOne;
        this.weather = weather;
        this.heroes = heroes;
        this.homes = homes;
        this.places = places;
    }

    /** The world a painter's setting word belongs to, if any. */
    static Optional<StoryWorld> of(String setting) {
        return Optional.ofNullable(switch (setting) {
            case "forest", "woods" -> FOREST;
            case "sea", "ocean", "beach", "harbor", "lighthouse", "island" -> SEA;
            case "city", "town", "street" -> CITY;
            case "mountains", "hills", "cliff", "valley" -> MOUNTAINS;
            case "meadow", "field", "farm", "garden", "river", "lake", "pond" -> MEADOW;
            case "village", "house", "kitchen", "bedroom", "room", "library" -> VILLAGE;
            case "castle", "tower" -> CASTLE;
            case "desert" -> DESERT;
            case "space", "stars", "planet" -> SPACE;
            default -> null;
        });
    }
}
