package com.storyreel.story.storytelling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words the procedural painter understands, grouped by what they describe, and the everyday words a
 * story uses for them ("sunrise" is dawn, "kitten" is a cat), so image prompts speak the painter's language;
 * and the words the {@link OfflineStoryWriter} tells its stories with: names, wishes and
 * the times of day.
 */
final class Vocabulary {

    /** What kind of creature or person a word names, the painter's word for it if it has one, and its pronoun. */
    record Kind(String word, String painterWord, Pronoun pronoun) {
    }

    enum Pronoun {
        SHE("she", "her", "her", "herself"),
        HE("he", "him", "his", "himself");

        final String subject;
        final String object;
        final String possessive;
        final String reflexive;

        Pronoun(String subject, String object, String possessive, String reflexive) {
            this.subject = subject;
            this.object = object;
            this.possessive = possessive;
            this.reflexive = reflexive;
        }
    }

    private static final Map<String, String> TIMES = words(
            "dawn", "dawn sunrise daybreak",
            "morning", "morning mornings",
            "noon", "noon midday lunchtime",
            "afternoon", "afternoon afternoons",
            "sunset", "sunset sunsets sundown",
            "dusk", "dusk twilight",
            "evening", "evening evenings",
            "night", "night nights midnight nighttime tonight moonlight bedtime");

    private static final Map<String, String> WEATHER = words(
            "rain", "rain rained raining rainy raindrops drizzle downpour",
            "storm", "storm storms stormy thunder thunderstorm lightning gale hurricane tempest sandstorm",
            "snow", "snow snowed snowing snowy snowflake snowflakes blizzard snowstorm",
            "fog", "fog foggy mist misty",
            "clouds", "cloud clouds cloudy overcast");

    private static final Map<String, String> SETTINGS = words(
            "sea", "sea seas seaside",
            "ocean", "ocean oceans",
            "beach", "beach beaches shore seashore coast",
            "harbor", "harbor harbour port dock docks pier",
            "lighthouse", "lighthouse",
            "island", "island islands",
            "forest", "forest forests woodland jungle",
            "woods", "woods wood",
            "mountains", "mountain mountains",
            "hills", "hill hills hillside",
            "cliff", "cliff cliffs",
            "valley", "valley valleys",
            "city", "city cities",
            "town", "town towns",
            "street", "street streets road alley",
            "village", "village villages",
            "room", "room",
            "house", "house",
            "kitchen", "kitchen",
            "bedroom", "bedroom",
            "library", "library",
            "castle", "castle castles palace",
            "tower", "tower towers",
            "desert", "desert dunes",
            "meadow", "meadow meadows",
            "field", "field fields",
            "garden", "garden gardens",
            "farm", "farm farmyard barn",
            "river", "river rivers stream brook creek",
            "lake", "lake lakes",
            "pond", "pond ponds",
            "space", "space spaceship",
            "stars", "star stars starlight",
            "planet", "planet planets");

    private static final Map<String, String> MOODS = words(
            "happy", "happy happily glad joy joyful cheerful delighted laughed laughing smiled smiling cheered grinned merry",
            "calm", "calm calmly quiet quietly gentle gently softly",
            "peaceful", "peaceful peacefully peace asleep slept",
            "sad", "sad sadly cried crying tears wept sorrow unhappy miserable",
            "lonely", "lonely alone lonesome loneliness",
            "scary", "scary scared afraid frightened fear feared terrified trembled",
            "dark", "dark darkness shadow shadows gloomy",
            "magical", "magic magical enchanted spell sparkled sparkling glowed glowing",
            "mysterious", "mysterious mystery strange secret hidden",
            "hopeful", "hope hoped hopeful hoping wish wished",
            "brave", "brave bravely courage courageous bold boldly fearless");

    private static final Map<String, String> SUBJECTS = words(
            "fox", "fox foxes vixen",
            "rabbit", "rabbit rabbits bunny hare",
            "bear", "bear bears",
            "owl", "owl owls owlet",
            "cat", "cat cats kitten kitty",
            "dog", "dog dogs puppy pup hound",
            "bird", "bird birds sparrow robin crow raven gull seagull eagle duck hen parrot swan pigeon",
            "whale", "whale whales",
            "dragon", "dragon dragons",
            "child", "child children kid kids",
            "girl", "girl girls daughter princess",
            "boy", "boy boys son prince",
            "robot", "robot robots android",
            "boat", "boat boats canoe raft rowboat",
            "ship", "ship ships",
            "lighthouse", "lighthouse",
            "house", "house houses",
            "cottage", "cottage cottages cabin hut",
            "castle", "castle palace",
            "tree", "tree trees oak pine willow birch",
            "moon", "moon moonlight",
            "sun", "sun sunshine sunlight",
            "lantern", "lantern lanterns lamp",
            "balloon", "balloon balloons");

    /** Who can be a character: the painter's creatures and people, and kinds it cannot draw but a story may name. */
    private static final Map<String, Kind> KINDS = kinds(
            "fox", null, "fox vixen",
            "rabbit", null, "rabbit bunny hare",
            "bear", null, "bear",
            "owl", null, "owl owlet",
            "cat", null, "cat kitten",
            "dog", null, "dog puppy pup hound",
            "bird", null, "bird sparrow robin crow raven gull seagull eagle duck hen parrot swan pigeon penguin",
            "whale", null, "whale",
            "dragon", null, "dragon",
            "child", null, "child kid",
            "robot", null, "robot android",
            null, null, "mouse frog turtle tortoise wolf squirrel hedgehog badger deer mole otter lion tiger elephant "
                    + "horse pony goat pig cow sheep lamb fish dolphin octopus crab snail bee butterfly unicorn monster "
                    + "troll giant knight pirate sailor captain keeper farmer baker teacher astronaut explorer "
                    + "inventor painter",
            "girl", Pronoun.SHE, "girl daughter princess",
            "boy", Pronoun.HE, "boy son prince",
            null, Pronoun.SHE, "woman queen witch grandmother grandma granny mother mom mum sister aunt mermaid lady "
                    + "fisherwoman policewoman duchess nun actress waitress",
            null, Pronoun.HE, "man king wizard grandfather grandpa father dad brother uncle gentleman fisherman policeman "
                    + "fireman postman duke monk");

    /** Creatures of the water, who live in the ocean rather than on its shore. */
    static final Set<String> AQUATIC = Set.of("whale", "fish", "dolphin", "octopus");

    private static final List<String> CREATURE_NAMES = List.of("Pip", "Bramble", "Hazel", "Juniper", "Tumble",
            "Pepper", "Clover", "Moss", "Fern", "Biscuit", "Nutmeg", "Sorrel", "Tansy", "Rowan", "Basil", "Poppy", "Sage",
            "Thistle", "Ember", "Olive", "Barley", "Pebble", "Cinder", "Quill", "Juno", "Fig", "Toffee", "Button",
            "Sprout", "Puddle", "Marigold", "Bean", "Comet", "Dot", "Hopper", "Pickle");

    private static final List<String> GIRL_NAMES = List.of("Mira", "Ada", "Nora", "Ivy", "Lucy", "Zara", "Ruby", "Maya",
            "Iris", "Lena", "Hana", "Amara", "Tess", "Elsie", "Noor", "Greta", "Luna", "Alma", "Rosa", "Suki", "Priya",
            "Nell", "Bea", "Kiki");

    private static final List<String> BOY_NAMES = List.of("Leo", "Tom", "Finn", "Omar", "Theo", "Kai", "Arlo", "Jonah",
            "Milo", "Ravi", "Oscar", "Sami", "Hugo", "Ezra", "Felix", "Jasper", "Otto", "Rafi", "Ned", "Ben", "Kenji",
            "Amir", "Luca", "Teo");

    private static final List<String> ROBOT_NAMES = List.of("Bolt", "Zed", "Gizmo", "Cog", "Pixel", "Rivet", "Beep",
            "Sprocket", "Widget", "Nova", "Tinker", "Volt", "Chip", "Gadget", "Ziggy", "Dynamo");

    static final List<String> DEFAULT_WISHES = List.of("see what lay beyond {world}", "fly above the clouds",
            "catch a falling star", "hear the song of {world}", "bring light back to {world}", "touch the moon",
            "find a hidden treasure", "make a true friend");

    /** People and machines: they get people's names and homes; everyone else is a creature. */
    private static final Set<String> PEOPLE = Set.of("girl", "boy", "child", "kid", "knight", "pirate", "sailor",
            "captain", "keeper", "fisherman", "farmer", "baker", "teacher", "astronaut", "explorer", "inventor",
            "painter", "giant", "troll", "robot", "android");

    /** Times of day through one day, for stories of up to seven scenes. */
    static final List<String> ONE_DAY = List.of("morning", "noon", "afternoon", "sunset", "dusk", "night", "dawn");

    /** Times of day for longer stories, which go round the clock more than once. */
    static final List<String> ROUND_THE_CLOCK = List.of("morning", "noon", "afternoon", "sunset", "dusk",
            "evening", "night", "dawn");

    static final List<String> SINGLE_SCENE_TIMES = List.of("morning", "afternoon", "sunset", "evening", "night");

    static final Map<String, List<String>> OPENERS = Map.of(
            "dawn", List.of("at dawn", "as dawn broke", "just after dawn"),
            "morning", List.of("that morning", "later that morning", "the next morning"),
            "noon", List.of("at noon", "by noon", "around noon"),
            "afternoon", List.of("that afternoon", "later that afternoon", "in the warm afternoon"),
            "sunset", List.of("at sunset", "just before sunset", "by sunset"),
            "dusk", List.of("at dusk", "as dusk fell", "when dusk came"),
            "evening", List.of("that evening", "later that evening", "in the quiet evening"),
            "night", List.of("that night", "late that night", "deep in the night"));


    private Vocabulary() {
    }

    static Optional<String> time(String word) {
        return Optional.ofNullable(TIMES.get(word));
    }

    static Optional<String> weather(String word) {
        return Optional.ofNullable(WEATHER.get(word));
    }

    static Optional<String> setting(String word) {
        return Optional.ofNullable(SETTINGS.get(word));
    }

    static Optional<String> mood(String word) {
        return Optional.ofNullable(MOODS.get(word));
    }

    static Optional<String> subject(String word) {
        return Optional.ofNullable(SUBJECTS.get(word));
    }

    static Optional<Kind> kind(String word) {
        return Optional.ofNullable(KINDS.get(word));
    }

    /** Whether the painter or the story vocabulary gives this word a meaning, which rules it out as a name. */
    static boolean known(String word) {
        return TIMES.containsKey(word) || WEATHER.containsKey(word) || SETTINGS.containsKey(word)
                || MOODS.containsKey(word) || SUBJECTS.containsKey(word) || KINDS.containsKey(word);
    }

    /** A word that can stand before a kind and say what it does, as in "lighthouse keeper" or "sea captain". */
    static boolean placeOrThing(String word) {
        return SETTINGS.containsKey(word) || SUBJECTS.containsKey(word);
    }

    /** How a picture says where it is: "in the forest", "on the beach", "in space". */
    static String settingPhrase(String setting) {
        return switch (setting) {
            case "beach", "island", "street", "farm", "cliff", "planet" -> "on the " + setting;
            case "sea", "river", "lake", "pond" -> "by the " + setting;
            case "lighthouse" -> "at the lighthouse";
            case "space" -> "in space";
            case "stars" -> "among the stars";
            default -> "in the " + setting;
        };
    }

    /** How a picture says when it is: "at dawn", "in the afternoon". */
    static String timePhrase(String time) {
        return switch (time) {
            case "morning", "afternoon", "evening" -> "in the " + time;
            default -> "at " + time;
        };
    }

    /** People and machines get people's names and homes. */
    static boolean isPerson(Kind kind) {
        return PEOPLE.contains(kind.word()) || kind.pronoun() != null;
    }

    /** The names a character of this kind and pronoun may have. */
    static List<String> namesFor(Kind kind, Pronoun pronoun) {
        if (kind.word().equals("robot") || kind.word().equals("android")) {
            return ROBOT_NAMES;
        }
        if (isPerson(kind)) {
            return pronoun == Pronoun.SHE ? GIRL_NAMES : BOY_NAMES;
        }
        return CREATURE_NAMES;
    }

    /** The pronoun a child's name tells, if it is one of the names given to girls or boys. */
    static Optional<Pronoun> pronounOfName(String name) {
        return GIRL_NAMES.contains(name) ? Optional.of(Pronoun.SHE)
                : BOY_NAMES.contains(name) ? Optional.of(Pronoun.HE) : Optional.empty();
    }

    private static Map<String, String> words(String... meaningThenWords) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < meaningThenWords.length; i += 2) {
            for (String word : meaningThenWords[i + 1].split(" ")) {
                map.put(word, meaningThenWords[i]);
            }
        }
        return Map.copyOf(map);
    }

    private static Map<String, Kind> kinds(Object... painterWordPronounThenWords) {
        Map<String, Kind> map = new HashMap<>();
        for (int i = 0; i < painterWordPronounThenWords.length; i += 3) {
            String painterWord = (String) painterWordPronounThenWords[i];
            Pronoun pronoun = (Pronoun) painterWordPronounThenWords[i + 1];
            for (String word : ((String) painterWordPronounThenWords[i + 2]).split(" ")) {
                map.put(word, new Kind(word, painterWord, pronoun));
            }
        }
        return Map.copyOf(map);
    }
}
