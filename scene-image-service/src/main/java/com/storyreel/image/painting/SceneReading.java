package com.storyreel.image.painting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plain-English image prompt into a {@link SceneDescription}. Words are matched whole and
 * with simple plurals, so "foxes" is a fox and "woods" a wood. When a prompt names several
 * candidates, the rules per aspect are: an explicit time beats a hint ("moon", "sunny"); the
 * heaviest weather wins; the most specific setting wins; a mood word right before "mood" wins,
 * otherwise the first one.
 */
final class SceneReading {

    private static final Vocabulary<TimeOfDay> TIMES = new Vocabulary<TimeOfDay>()
            .add(TimeOfDay.DAWN, "dawn", "sunrise", "daybreak", "first light")
            .add(TimeOfDay.MORNING, "morning")
            .add(TimeOfDay.NOON, "noon", "midday", "daytime", "middle of the day")
            .add(TimeOfDay.AFTERNOON, "afternoon")
            .add(TimeOfDay.SUNSET, "sunset", "sundown", "golden hour", "setting sun")
            .add(TimeOfDay.DUSK, "dusk", "evening", "twilight", "nightfall")
            .add(TimeOfDay.NIGHT, "night", "midnight", "nighttime", "tonight");

    private static final Vocabulary<TimeOfDay> TIME_HINTS = new Vocabulary<TimeOfDay>()
            .add(TimeOfDay.NOON, "day", "sunny", "sunshine", "daylight", "blue sky")
            .add(TimeOfDay.NIGHT, "moon", "moonlight", "moonlit", "star", "starry", "starlight", "firefly");

    private static final Vocabulary<Weather> WEATHERS = new Vocabulary<Weather>()
            .add(Weather.SNOW, "snow", "snowy", "snowing", "snowfall", "snowflake", "blizzard", "winter", "wintry",
                    "snowstorm")
            .add(Weather.STORM, "storm", "stormy", "thunder", "thunderstorm", "lightning", "tempest")
            .add(Weather.RAIN, "rain", "rainy", "raining", "rainstorm", "drizzle", "downpour", "raindrop")
            .add(Weather.FOG, "fog", "foggy", "mist", "misty", "haze", "hazy")
            .add(Weather.CLOUDY, "cloud", "cloudy", "overcast", "grey sky", "gray sky");

    private static final Vocabulary<Setting> SETTINGS = new Vocabulary<Setting>()
            .add(Setting.ROOM, "room", "bedroom", "kitchen", "library", "attic", "indoors", "indoor", "inside",
                    "interior", "nursery", "living room", "classroom", "parlor", "parlour")
            .add(Setting.SPACE, "space", "outer space", "planet", "galaxy", "nebula", "spaceship", "rocket",
                    "astronaut", "asteroid", "moon landing", "on the moon", "cosmos", "orbit")
            .add(Setting.SEA, "sea", "ocean", "beach", "harbor", "harbour", "shore", "seashore", "wave", "lighthouse",
                    "island", "coast", "seaside", "bay", "pier")
            .add(Setting.CITY, "city", "street", "rooftop", "skyscraper", "downtown", "metropolis", "avenue", "alley")
            .add(Setting.VILLAGE, "village", "town", "hamlet", "market square")
            .add(Setting.CASTLE, "castle", "tower", "palace", "fortress", "kingdom")
            .add(Setting.DESERT, "desert", "dune", "oasis", "sahara", "cactus")
            .add(Setting.SNOWFIELD, "arctic", "tundra", "glacier", "iceberg", "polar", "antarctic", "snowy land",
                    "snowfield", "icy", "frozen")
            .add(Setting.FOREST, "forest", "wood", "woodland", "trees", "jungle", "rainforest", "grove", "thicket")
            .add(Setting.LAKE, "lake", "pond", "lagoon")
            .add(Setting.RIVER, "river", "stream", "creek", "brook")
            .add(Setting.MOUNTAINS, "mountain", "hill", "valley", "cliff", "peak", "summit", "ridge", "canyon",
                    "highland")
            .add(Setting.MEADOW, "meadow", "field", "garden", "farm", "park", "grass", "grassland", "prairie",
                    "countryside", "orchard");

    /** "house" and "home" mean an interior only when nothing outdoors is named. */
    private static final Vocabulary<Setting> WEAK_SETTINGS = new Vocabulary<Setting>()
            .add(Setting.ROOM, "house", "home");

    private static final Vocabulary<Mood> MOODS = new Vocabulary<Mood>()
            .add(Mood.HAPPY, "happy", "joyful", "joy", "cheerful", "merry", "playful", "fun", "delighted", "glad",
                    "jolly")
            .add(Mood.CALM, "calm", "peaceful", "gentle", "quiet", "serene", "tranquil", "cozy", "cosy", "sleepy",
                    "restful")
            .add(Mood.SAD, "sad", "lonely", "melancholy", "melancholic", "sorrow", "sorrowful", "gloomy", "grief",
                    "tearful", "forlorn")
            .add(Mood.SCARY, "scary", "dark", "spooky", "storm", "stormy", "eerie", "creepy", "frightening",
                    "haunted", "ominous", "menacing", "sinister")
            .add(Mood.MAGICAL, "magical", "magic", "enchanted", "wonder", "mysterious", "mystical", "fairy", "dreamy",
                    "dreamlike", "glowing", "sparkling", "whimsical")
            .add(Mood.HOPEFUL, "hopeful", "hope", "brave", "courage", "courageous", "determined", "triumphant",
                    "heroic", "bold");

    private static final Vocabulary<Subject> SUBJECTS = new Vocabulary<Subject>()
            .add(Subject.FOX, "fox", "vixen")
            .add(Subject.RABBIT, "rabbit", "bunny", "hare")
            .add(Subject.BEAR, "bear")
            .add(Subject.OWL, "owl", "owlet")
            .add(Subject.CAT, "cat", "kitten", "kitty")
            .add(Subject.DOG, "dog", "puppy", "pup", "hound")
            .add(Subject.BIRD, "bird", "sparrow", "robin", "gull", "seagull", "crow", "raven", "dove", "songbird",
                    "bluebird")
            .add(Subject.WHALE, "whale")
            .add(Subject.DRAGON, "dragon")
            .add(Subject.CHILD, "child", "children", "girl", "boy", "kid", "person", "man", "woman", "princess",
                    "prince", "knight", "wizard", "witch", "explorer", "sailor", "astronaut", "king", "queen",
                    "grandmother", "grandma", "grandfather", "grandpa", "mother", "father", "traveler", "traveller")
            .add(Subject.ROBOT, "robot", "android", "droid")
            .add(Subject.BOAT, "boat", "ship", "sailboat", "canoe", "raft", "yacht", "rowboat")
            .add(Subject.LIGHTHOUSE, "lighthouse")
            .add(Subject.HOUSE, "house", "cottage", "cabin", "hut", "farmhouse", "home")
            .add(Subject.CASTLE, "castle", "palace", "fortress", "tower")
            .add(Subject.TREE, "tree", "oak", "willow")
            .add(Subject.MOON, "moon", "crescent")
            .add(Subject.SUN, "sun")
            .add(Subject.STARS, "star", "starry", "starlight")
            .add(Subject.LANTERN, "lantern", "lamp", "candle")
            .add(Subject.BALLOON, "balloon");

    private static final Set<String> MOOD_MARKERS = Set.of("mood", "atmosphere", "feeling", "tone", "vibe");

    private SceneReading() {
    }

    static SceneDescription read(String prompt) {
        List<String> words = words(prompt == null ? "" : prompt);

        TimeOfDay time = TIMES.first(words).or(() -> TIME_HINTS.first(words)).orElse(TimeOfDay.NOON);
        Weather weather = WEATHERS.all(words).stream().max(Comparator.naturalOrder()).orElse(Weather.CLEAR);
        List<Subject> subjects = new ArrayList<>(SUBJECTS.inOrder(words));
        List<Setting> settings = settings(words, subjects, weather);
        if (settings.contains(Setting.CASTLE) && !subjects.contains(Subject.CASTLE)) {
            subjects.add(Subject.CASTLE);
        }
        if (settings.getFirst() == Setting.ROOM) {
            // We are inside the house, so it is not drawn from outside.
            subjects.remove(Subject.HOUSE);
        }
        Mood mood = mood(words);

        Set<String> vocabulary = new HashSet<>(words);
        words.forEach(word -> vocabulary.add(singular(word)));
        return new SceneDescription(time, weather, settings, mood, subjects, vocabulary);
    }

    private static List<Setting> settings(List<String> words, List<Subject> subjects, Weather weather) {
        Set<Setting> named = EnumSet.noneOf(Setting.class);
        named.addAll(SETTINGS.all(words));
        if (named.isEmpty()) {
            named.addAll(WEAK_SETTINGS.all(words));
        }
        if (named.isEmpty() && (subjects.contains(Subject.WHALE) || subjects.contains(Subject.BOAT))) {
            named.add(Setting.SEA);
        }
        if (named.isEmpty() && weather == Weather.SNOW) {
            named.add(Setting.SNOWFIELD);
        }
        if (named.isEmpty()) {
            named.add(Setting.MEADOW);
        }
        // EnumSet iterates in declaration order, which is the priority order.
        return List.copyOf(named);
    }

    private static Mood mood(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (MOOD_MARKERS.contains(words.get(i))) {
                Optional<Mood> marked = MOODS.at(words, i - 1);
                if (marked.isPresent()) {
                    return marked.get();
                }
            }
        }
        return MOODS.first(words).orElse(Mood.NEUTRAL);
    }

    private static List<String> words(String prompt) {
        String cleaned = prompt.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        return cleaned.isEmpty() ? List.of() : List.of(cleaned.split(" "));
    }

    /** A word without a plural ending: "foxes" to "fox", "bunnies" to "bunny", "trees" to "tree". */
    static String singular(String word) {
        int length = word.length();
        if (length > 4 && word.endsWith("ies")) {
            return word.substring(0, length - 3) + "y";
        }
        if (length > 3 && (word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")
                || word.endsWith("sses"))) {
            return word.substring(0, length - 2);
        }
        if (length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, length - 1);
        }
        return word;
    }

    /** Phrases (one or more words) that each stand for a value. */
    private static final class Vocabulary<T> {

        private record Entry<T>(List<String> phrase, T value) {
        }

        private final List<Entry<T>> entries = new ArrayList<>();

        Vocabulary<T> add(T value, String... phrases) {
            for (String phrase : phrases) {
                entries.add(new Entry<>(List.of(phrase.split(" ")), value));
            }
            return this;
        }

        /** The value of the phrase that starts earliest in the words. */
        Optional<T> first(List<String> words) {
            for (int i = 0; i < words.size(); i++) {
                Optional<T> found = at(words, i);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        /** Every value named, in the order the words name them. */
        Set<T> inOrder(List<String> words) {
            Set<T> found = new LinkedHashSet<>();
            for (int i = 0; i < words.size(); i++) {
                at(words, i).ifPresent(found::add);
            }
            return found;
        }

        List<T> all(List<String> words) {
            return List.copyOf(inOrder(words));
        }

        Optional<T> at(List<String> words, int start) {
            for (Entry<T> entry : entries) {
                if (matches(entry.phrase(), words, start)) {
                    return Optional.of(entry.value());
                }
            }
            return Optional.empty();
        }

        private static boolean matches(List<String> phrase, List<String> words, int start) {
            if (start + phrase.size() > words.size()) {
                return false;
            }
            for (int k = 0; k < phrase.size(); k++) {
                String word = words.get(start + k);
                String wanted = phrase.get(k);
                if (!word.equals(wanted) && !singular(word).equals(wanted)) {
                    return false;
                }
            }
            return true;
        }
    }
}
