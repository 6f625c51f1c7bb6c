package com.storyreel.story.storytelling;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where and when a story can be set, by name: planets, continents, countries, regions and cities (so "Mars"
 * or "Chicago" is where the story happens, never a character's name), the seasons, and the words of an era.
 * A list beats a tagger here: the tagger can say a word is a proper noun, not that it is a place.
 */
final class Places {

    /** What a named place is, the painter's setting for it and the world its landmarks come from. */
    enum Kind {
        PLANET("planet", StoryWorld.SPACE),
        CITY("city", StoryWorld.CITY),
        COUNTRY("land", null),
        REGION("land", null);

        final String setting;

        final StoryWorld world;

        Kind(String setting, StoryWorld world) {
            this.setting = setting;
            this.world = world;
        }
    }

    private static final Map<String, Kind> NAMED = named(
            Kind.PLANET, "mercury venus earth mars jupiter saturn uranus neptune pluto moon titan europa",
            Kind.CITY, "chicago paris london tokyo rome venice berlin madrid lisbon vienna prague athens cairo "
                    + "istanbul moscow beijing shanghai delhi mumbai bangkok sydney melbourne toronto montreal "
                    + "vancouver boston seattle detroit miami dallas houston denver atlanta philadelphia amsterdam "
                    + "dublin edinburgh glasgow oslo stockholm copenhagen helsinki warsaw budapest barcelona florence "
                    + "naples kyoto osaka seoul singapore dubai nairobi lagos rio havana lima kathmandu "
                    + "hollywood manhattan brooklyn troy pompeii atlantis babylon camelot "
                    + "new-york los-angeles san-francisco new-orleans las-vegas hong-kong mexico-city cape-town "
                    + "buenos-aires rio-de-janeiro washington",
            Kind.COUNTRY, "america usa canada mexico brazil argentina peru chile england scotland ireland wales france "
                    + "spain portugal italy germany austria switzerland greece egypt kenya morocco nigeria india china "
                    + "japan korea vietnam thailand australia iceland norway sweden finland denmark poland russia "
                    + "turkey iran iraq nepal tibet mongolia",
            Kind.REGION, "africa asia europe antarctica arctic antarctic sahara amazon himalayas alps siberia "
                    + "patagonia scandinavia texas california alaska hawaii florida transylvania narnia mordor "
                    + "middle-earth wild-west outback");

    static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "fall", "winter");

    /** Words that set a story in a time: "1920s", "medieval", "ancient Rome", "the future". */
    private static final Set<String> ERA_WORDS = Set.of("medieval", "ancient", "victorian", "prehistoric",
            "futuristic", "future", "viking", "roman", "renaissance", "wartime", "colonial");

    private Places() {
    }

    /** The kind of place a word (or words joined with a hyphen: "new-york") names, if it names one. */
    static Optional<Kind> named(String word) {
        return Optional.ofNullable(NAMED.get(word.toLowerCase(Locale.ROOT)));
    }

    static boolean isSeason(String word) {
        return SEASONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word sets a time rather than a place: an era word, a year (1850) or a decade (1920s, '80s). */
    static boolean isEra(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ERA_WORDS.contains(lower) || lower.matches("(1[0-9]|20)[0-9]{2}s?") || lower.matches("'?[0-9]0s");
    }

    private static Map<String, Kind> named(Object... kindThenWords) {
        Map<String, Kind> map = new HashMap<>();
        for (int i = 0; i < kindThenWords.length; i += 2) {
            Kind kind = (Kind) kindThenWords[i];
            map.putAll(Arrays.stream(((String) kindThenWords[i + 1]).split(" "))
                    .collect(Collectors.toMap(word -> word, word -> kind)));
        }
        return Map.copyOf(map);
    }
}
