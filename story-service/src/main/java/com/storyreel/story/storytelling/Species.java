package com.storyreel.story.storytelling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the characters a prompt can name look like: for each creature its colours and its marks, for each
 * person or role the clothes it wears. Colours come only from {@link #COLOURS}, so a reader of a description
 * (the painter) finds them by word.
 */
final class Species {

    /** The only colour words a character description uses. */
    static final List<String> COLOURS = List.of("red", "orange", "yellow", "green", "blue", "purple", "pink",
            "brown", "grey", "black", "white", "gold", "silver");

    /** Words that say how big someone is, as a description begins ("a tall ...", "a tiny ..."). */
    static final Set<String> SIZES = Set.of("little", "small", "tiny", "big", "large", "huge", "giant", "tall",
            "short", "old", "young", "round", "skinny", "chubby");

    /**
     * How a kind looks: {@code person} for people (and robots, who dress the same way), the colours its body may
     * have (empty for people: their clothes carry the colour), what it may wear, and its possible marks.
     */
    record Look(boolean person, List<String> colours, List<String> clothing, List<String> features) {
    }

    private static final List<String> FUR = List.of("brown", "grey", "white", "black", "orange");

    private static final List<String> ANIMAL_WEAR = List.of("scarf", "bow tie", "knitted hat", "waistcoat", "cape");

    private static final List<String> ANIMAL_MARKS = List.of("a white-tipped tail", "one floppy ear",
            "a black nose", "bright round eyes", "a star-shaped patch on its chest", "a fluffy tail");

    private static final List<String> PEOPLE_WEAR = List.of("coat", "jacket", "sweater", "cardigan", "dress",
            "hoodie", "cloak");

    private static final List<String> PEOPLE_MARKS = List.of("a grey beard", "curly black hair", "round silver glasses",
            "freckles and red hair", "a long brown braid", "a white moustache", "short black hair", "a gold earring",
            "rosy cheeks", "a brown ponytail");

    private static final Map<String, Look> LOOKS = new HashMap<>();

    static {
        creatures("fox vixen", "orange red", "a white-tipped tail", "a black-tipped tail");
        creatures("rabbit bunny hare", "white brown grey", "long floppy ears", "a fluffy white tail");
        creatures("bear", "brown black white", "a round belly", "small round ears");
        creatures("owl owlet", "brown grey white", "big gold eyes", "tufted ears");
        creatures("cat kitten", "black white orange grey", "green eyes", "a striped tail");
        creatures("dog puppy pup hound", "brown black white gold", "one floppy ear", "a wagging tail");
        creatures("whale", "blue grey", "a white belly and a barnacled tail", "a white belly and a long curved fin");
        creatures("dolphin", "grey blue", "a white belly and a curved fin", "a white belly and a wide smile");
        creatures("fish", "orange gold silver blue", "shiny scales", "long flowing fins");
        creatures("octopus", "purple red pink", "eight curling arms", "big round eyes");
        creatures("crab", "red orange", "one big claw", "stalk eyes");
        creatures("shark", "grey blue", "a white belly and a tall fin", "rows of white teeth");
        creatures("turtle tortoise", "green brown", "a patterned shell", "a wrinkled neck");
        creatures("frog", "green", "big gold eyes", "spotted legs");
        creatures("mouse", "grey brown white", "round pink ears", "a long thin tail");
        creatures("squirrel", "red brown grey", "a bushy tail", "tufted ears");
        creatures("hedgehog", "brown", "prickly spines", "a pointed black nose");
        creatures("badger", "black white grey", "a white stripe down its face", "strong digging claws");
        creatures("wolf", "grey white black", "a bushy tail", "yellow eyes");
        creatures("deer", "brown", "white spots on its back", "small branching antlers");
        creatures("lion", "gold orange", "a shaggy mane", "a tufted tail");
        creatures("tiger", "orange", "black stripes", "a long striped tail");
        creatures("elephant", "grey", "big flapping ears", "long white tusks");
        creatures("horse pony", "brown white black grey", "a flowing mane", "a white blaze on its nose");
        creatures("pig", "pink", "a curly tail", "a round snout");
        creatures("cow", "black white brown", "black patches", "a bell on its neck");
        creatures("sheep lamb", "white", "a woolly coat", "a black face");
        creatures("goat", "white brown", "small curved horns", "a little beard");
        creatures("bird sparrow robin", "brown red", "a red breast", "quick bright eyes");
        creatures("crow raven", "black", "glossy feathers", "a sharp beak");
        creatures("gull seagull", "white grey", "a yellow beak", "grey wing tips");
        creatures("eagle", "brown gold", "a white head", "sharp gold talons");
        creatures("duck", "white yellow brown", "an orange bill", "webbed orange feet");
        creatures("hen", "brown white red", "a red comb", "speckled feathers");
        creatures("parrot", "green red blue", "a curved beak", "long tail feathers");
        creatures("swan", "white", "a long curved neck", "an orange beak");
        creatures("pigeon", "grey", "a shimmering green neck", "pink feet");
        creatures("penguin", "black", "a white belly", "orange feet");
        creatures("dragon", "green red purple gold", "leathery wings", "a spiky tail");
        creatures("unicorn", "white pink silver", "a spiralled gold horn", "a rainbow mane");
        creatures("dinosaur", "green brown orange", "a long tail", "bony plates along its back");
        creatures("monkey", "brown", "a curling tail", "long arms");
        creatures("panda", "black white", "black eye patches", "a round belly");
        creatures("bee", "yellow", "black stripes", "see-through wings");
        creatures("butterfly", "blue orange purple", "patterned wings", "long thin antennae");
        creatures("snail", "brown", "a swirly shell", "two long eye stalks");
        creatures("spider", "black brown", "eight hairy legs", "a round body");
        creatures("bat", "brown black", "leathery wings", "big pointed ears");
        creatures("otter mole", "brown", "a sleek coat", "long whiskers");
        creatures("monster troll giant goblin", "green purple blue grey", "a crooked horn", "huge feet");
        people("robot android", "a round antenna", "a glowing chest panel", "riveted arms");
        people("child kid girl boy daughter son", "rosy cheeks", "freckles and red hair", "a gap-toothed smile");
        people("keeper", "a grey beard", "a woolly hat", "weathered hands");
        people("detective", "a fedora hat", "a magnifying glass", "a neat moustache");
        people("astronaut", "a round helmet", "a mission patch", "a visor");
        people("pirate sailor captain fisherman", "a grey beard", "an eye patch", "a tricorn hat");
        people("knight", "a plumed helmet", "a dented shield", "a long sword");
        people("princess prince queen king", "a gold crown", "a silver tiara", "a long cape");
        people("wizard witch", "a pointed hat", "a long white beard", "a crooked wooden staff");
        people("scientist inventor engineer", "round silver glasses", "wild white hair", "a pencil behind one ear");
        people("doctor nurse", "a stethoscope", "round glasses", "a tidy bun");
        people("chef baker cook", "a tall white hat", "flour on the nose", "a rolling pin");
        people("farmer", "a straw hat", "muddy boots", "a pitchfork");
        people("teacher", "round glasses", "a stack of books", "a pencil behind one ear");
        people("musician singer", "a shiny trumpet", "a long scarf", "a silver microphone");
        people("explorer ranger", "a wide-brimmed hat", "a brass compass", "a big backpack");
        people("painter artist", "paint-splashed hands", "a beret", "a long brush");
        people("soldier officer pilot", "a peaked cap", "shiny buttons", "goggles");
        people("firefighter", "a red helmet", "a soot-smudged face", "a coiled hose");
        people("spy thief", "dark sunglasses", "a turned-up collar", "soft black gloves");
        people("woman man mother mom mum father dad grandmother grandma granny grandfather grandpa sister brother "
                + "aunt uncle mermaid friend neighbour neighbor twin", "a grey beard", "curly black hair", "a warm smile");
        people("alien ghost fairy elf", "glowing eyes", "shimmering wings", "pointed ears");
    }

    /** What each person or role wears, where one thing is typical of it. */
    private static final Map<String, String> UNIFORMS = Map.ofEntries(Map.entry("keeper", "raincoat"),
            Map.entry("detective", "trench coat"), Map.entry("astronaut", "space suit"),
            Map.entry("pirate", "long coat"), Map.entry("sailor", "striped shirt"), Map.entry("captain", "captain's coat"),
            Map.entry("fisherman", "raincoat"), Map.entry("knight", "suit of armour"), Map.entry("wizard", "robe"),
            Map.entry("witch", "cloak"), Map.entry("scientist", "lab coat"), Map.entry("inventor", "apron"),
            Map.entry("doctor", "white coat"), Map.entry("nurse", "uniform"), Map.entry("chef", "apron"),
            Map.entry("baker", "apron"), Map.entry("cook", "apron"), Map.entry("farmer", "work shirt"),
            Map.entry("explorer", "jacket"), Map.entry("ranger", "jacket"), Map.entry("painter", "smock"),
            Map.entry("artist", "smock"), Map.entry("soldier", "uniform"), Map.entry("officer", "uniform"),
            Map.entry("pilot", "flight jacket"), Map.entry("firefighter", "fire coat"), Map.entry("spy", "trench coat"),
            Map.entry("princess", "gown"), Map.entry("queen", "gown"), Map.entry("king", "robe"),
            Map.entry("prince", "tunic"), Map.entry("robot", "metal shell"), Map.entry("android", "metal shell"),
            Map.entry("mermaid", "shell necklace"), Map.entry("musician", "suit"), Map.entry("singer", "suit"));

    private Species() {
    }

    /** The look of a kind of creature or person, by its word ("whale", "lighthouse keeper" ends in "keeper"). */
    static Optional<Look> of(String word) {
        return Optional.ofNullable(LOOKS.get(word));
    }

    /** Whether a word names a creature or a person a story can be about. */
    static boolean isBeing(String word) {
        return LOOKS.containsKey(word) || Vocabulary.kind(word).isPresent();
    }

    /** A person of unknown kind, or a creature of unknown kind (the prompt's word, drawn in fur). */
    static Look fallback(boolean person) {
        return person ? new Look(true, List.of(), PEOPLE_WEAR, PEOPLE_MARKS) : new Look(false, FUR, ANIMAL_WEAR, ANIMAL_MARKS);
    }

    /** What a person of this kind wears: its uniform, or any everyday piece of clothing. */
    static List<String> clothing(String word, Look look) {
        String uniform = UNIFORMS.get(word);
        return uniform != null ? List.of(uniform) : look.clothing();
    }

    private static void creatures(String words, String colours, String... marks) {
        Look look = new Look(false, List.of(colours.split(" ")), ANIMAL_WEAR, List.of(marks));
        for (String word : words.split(" ")) {
            LOOKS.put(word, look);
        }
    }

    private static void people(String words, String... marks) {
        Look look = new Look(true, List.of(), PEOPLE_WEAR, List.of(marks));
        for (String word : words.split(" ")) {
            LOOKS.put(word, look);
        }
    }
}
