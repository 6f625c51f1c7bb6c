package com.storyreel.image.painting;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import com.storyreel.events.StoryCharacter;

import static com.storyreel.image.painting.Colors.rgb;
import static java.util.Map.entry;

/**
 * How one character of a story looks, read from its name, role and description alone (never from a scene's
 * prompt), so every scene that shows it draws the same figure: which figure, its main colour (the colour of its
 * body or clothes), an accent colour (the next colour the description names), its build and one distinctive mark.
 * A description without colour words gets colours from a stable hash of the name.
 *
 * @param figure the figure drawn; {@link Subject#CHILD} is the person figure, also used for whatever the painter
 *     cannot draw
 */
record Look(Subject figure, Color main, Color accent, Build build, Mark mark, Color hair, Color skin, boolean dress,
        Creatures.Headwear headwear) {

    /** How big a character is drawn, against its species' usual size. */
    enum Build {
        SMALL(0.78), MEDIUM(1.0), BIG(1.22);

        final double factor;

        Build(double factor) {
            this.factor = factor;
        }
    }

    /** One cheap distinctive detail, drawn in the accent colour. */
    enum Mark {
        NONE, BEARD, SCARF
    }

    /** The colour words a description may use (the story writer's fixed list) and how they are painted. */
    static final Map<String, Color> COLOURS = Map.ofEntries(entry("red", rgb(200, 56, 50)),
            entry("orange", rgb(232, 128, 40)), entry("yellow", rgb(240, 200, 50)), entry("green", rgb(70, 150, 80)),
            entry("blue", rgb(56, 104, 196)), entry("purple", rgb(128, 76, 170)), entry("pink", rgb(236, 140, 170)),
            entry("brown", rgb(128, 84, 52)), entry("grey", rgb(150, 150, 156)), entry("black", rgb(44, 42, 48)), entry("white", rgb(240, 240, 236)), entry("gold", rgb(218, 172, 56)),
            entry("silver", rgb(192, 198, 206)));

    /** Colours for a character whose description names none, picked by its name. */
    private static final List<String> FALLBACK = List.of("red", "blue", "green", "yellow", "purple", "orange");
    private static final Color[] HAIR = {rgb(110, 70, 40), rgb(42, 32, 30), rgb(232, 192, 112), rgb(196, 98, 48)};
    private static final Color[] SKIN = {rgb(246, 212, 182), rgb(216, 162, 122), rgb(150, 102, 72)};

    private static final Map<String, Subject> FIGURES = figures();
    /** What a colour word before them colours: the character's whole body or clothes (singular, as read). */
    private static final Set<String> COVERINGS = Set.of("raincoat", "coat", "jacket", "spacesuit", "suit", "dress",
            "shirt", "sweater", "jumper", "cloak", "robe", "overall", "uniform", "tunic", "gown", "hoodie", "cape",
            "fur", "feather", "scale", "paint");
    private static final Set<String> SMALL = Set.of("small", "little", "tiny", "young");
    private static final Set<String> BIG = Set.of("big", "tall", "large", "huge", "giant", "great");
    private static final Set<String> DRESSED = Set.of("girl", "woman", "lady", "princess", "queen", "witch",
            "grandmother", "grandma", "mother", "heroine", "dress", "gown");

    static Look of(StoryCharacter character) {
        String name = character.name() == null ? "" : character.name();
        List<String> role = words(character.role());
        List<String> description = words(character.description());
        List<String> all = new ArrayList<>(role);
        all.addAll(description);
        long hash = fnv(name + '\u0000' + character.role());

        Subject figure = all.stream().filter(FIGURES::containsKey).findFirst().map(FIGURES::get).orElse(Subject.CHILD);
        List<Integer> colours = IntStream.range(0, description.size())
                .filter(i -> COLOURS.containsKey(description.get(i))).boxed().toList();
        int main = colours.stream().filter(i -> i + 1 < description.size()
                && (FIGURES.containsKey(description.get(i + 1)) || COVERINGS.contains(description.get(i + 1))))
                .findFirst().orElse(colours.isEmpty() ? -1 : colours.getFirst());
        int accent = colours.stream().filter(i -> i != main).findFirst().orElse(-1);
        String mainName = main >= 0 ? description.get(main) : FALLBACK.get(Math.floorMod(hash, FALLBACK.size()));
        String accentName = accent >= 0 ? description.get(accent) : fallbackAccent(mainName, hash);

        Mark mark = figure == Subject.CHILD && containsAny(description, "beard", "moustache", "mustache") ? Mark.BEARD
                : containsAny(description, "scarf") ? Mark.SCARF : Mark.NONE;
        Color hair = mark == Mark.BEARD ? COLOURS.get(accentName)
                : colourBefore(description, "hair").orElse(HAIR[Math.floorMod(hash >>> 8, HAIR.length)]);
        Build build = containsAny(all, SMALL) ? Build.SMALL : containsAny(all, BIG) ? Build.BIG : Build.MEDIUM;
        return new Look(figure, COLOURS.get(mainName), COLOURS.get(accentName), build, mark, hair,
                SKIN[Math.floorMod(hash >>> 16, SKIN.length)], containsAny(all, DRESSED), headwear(all));
    }

    private static String fallbackAccent(String main, long hash) {
        List<String> others = FALLBACK.stream().filter(colour -> !colour.equals(main)).toList();
        return others.get(Math.floorMod(hash >>> 24, others.size()));
    }

    private static Creatures.Headwear headwear(List<String> words) {
        if (containsAny(words, "astronaut", "spacesuit", "helmet")) {
            return Creatures.Headwear.SPACE_HELMET;
        }
        if (containsAny(words, "wizard", "witch")) {
            return Creatures.Headwear.POINTED_HAT;
        }
        return containsAny(words, "king", "queen", "prince", "princess", "crown") ? Creatures.Headwear.CROWN
                : Creatures.Headwear.NONE;
    }

    private static Optional<Color> colourBefore(List<String> words, String noun) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals(noun) && COLOURS.containsKey(words.get(i - 1))) {
                return Optional.of(COLOURS.get(words.get(i - 1)));
            }
        }
        return Optional.empty();
    }

    private static boolean containsAny(List<String> words, String... candidates) {
        return containsAny(words, Set.of(candidates));
    }

    private static boolean containsAny(List<String> words, Set<String> candidates) {
        return words.stream().anyMatch(candidates::contains);
    }

    /** Whole words, plurals made singular, so "white-tipped" is "white" and "tipped". */
    private static List<String> words(String text) {
        String cleaned = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        return cleaned.isEmpty() ? List.of() : Arrays.stream(cleaned.split(" ")).map(SceneReading::singular)
                .toList();
    }

    /** FNV-1a, so a character's fallback colours never depend on the JVM's hashing. */
    private static long fnv(String text) {
        long hash = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001B3L;
        }
        return hash;
    }

    /** Role and description words for the figures the painter can draw; people are the person figure. */
    private static Map<String, Subject> figures() {
        Map<String, Subject> figures = new HashMap<>();
        for (String person : List.of("keeper", "astronaut", "detective", "child", "girl", "boy", "kid", "man", "woman",
                "lady", "person", "sailor", "fisherman", "captain", "pirate", "knight", "prince", "princess", "king",
                "queen", "wizard", "witch", "explorer", "traveller", "traveler", "grandmother", "grandma",
                "grandfather", "grandpa", "mother", "father", "farmer", "baker", "teacher", "doctor", "scientist",
                "inventor", "hero", "heroine", "pilot", "diver", "ranger", "shepherd")) {
            figures.put(person, Subject.CHILD);
        }
        // Each creature, and after it the creatures of about its shape that have no figure of their own: a lion is
        // drawn as a big cat and a horse as a long-legged dog, closer than the person figure would be.
        Map<Subject, String> creatures = Map.of(
                Subject.FOX, "fox vixen squirrel",
                Subject.RABBIT, "rabbit bunny hare mouse hamster mole",
                Subject.BEAR, "bear badger gorilla elephant",
                Subject.OWL, "owl owlet bird parrot penguin duck hen chicken goose swan eagle crow raven robin sparrow",
                Subject.CAT, "cat kitten lion tiger leopard lynx otter hedgehog",
                Subject.DOG, "dog puppy hound wolf horse pony donkey deer goat sheep lamb pig cow unicorn",
                Subject.ROBOT, "robot android droid",
                Subject.WHALE, "whale dolphin fish shark seal octopus",
                Subject.DRAGON, "dragon");
        creatures.forEach((subject, words) -> List.of(words.split(" ")).forEach(word -> figures.put(word, subject)));
        return Map.copyOf(figures);
    }
}
