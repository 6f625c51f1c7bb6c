package com.storyreel.story.storytelling;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.storyreel.events.SceneScript;
import com.storyreel.story.storytelling.StoryBeats.Beat;
import com.storyreel.story.storytelling.StoryWorld.Home;
import com.storyreel.story.storytelling.StoryWorld.Place;
import com.storyreel.story.storytelling.Vocabulary.Kind;
import com.storyreel.story.storytelling.Vocabulary.Pronoun;

/**
 * The built-in writer for when there is no script and no language model: it reads a hero, a setting and a
 * wish from the prompt (choosing what the prompt leaves open), names a hero, a friend and perhaps a grumpy
 * character, and tells a short story in the scenes asked for: setup, the call to adventure, a journey of
 * varied episodes, the turn, the wish come true and a closing image, each scene at a different time of day.
 * The same prompt, scene count and style always give the same story; the characters depend on the prompt alone,
 * so asking for more scenes tells the same characters' story at greater length.
 */
public final class OfflineStoryWriter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static final int MIN_WORDS = SceneBreaker.MIN_TARGET_WORDS;

    private static final int MAX_WORDS = SceneBreaker.MAX_TARGET_WORDS;

    private static final int IDEAL_WORDS = 35;

    /** A named character: the kind as the story says it ("seagull"), its pronoun and a word for what it is like. */
    private record Role(String name, Kind kind, String kindName, Pronoun pronoun, String trait) {

        /** "a little fox named Pip" */
        String introduced() {
            return Words.withArticle(trait + " " + kindName) + " named " + name;
        }

        String described() {
            return name + " the " + kindName;
        }
    }

    /** The trouble at the turn: weather ({@code weather} set) or a grumpy character ({@code character} set). */
    private record Trouble(String description, String weather, String end, Role character) {
    }

    /** Everything chosen once for a story, before it is told. */
    private record Tale(StoryWorld world, Home home, Role hero, Role friend, Trouble trouble,
            String thingAdjective, String thingNoun, String wish) {
    }

    /**
     * A scene's beats, and the journey's landmark when the scene is an episode; {@code whole} marks the
     * one-scene story and {@code brief} a scene that must say where home is in few words.
     */
    private record ScenePlan(List<Beat> beats, Place place, boolean atHome, boolean whole, boolean brief) {
    }

    /**
     * A short coherent story for a prompt, deterministic for a given prompt, sceneCount and style.
     *
     * @param prompt what the story should be about, in any words
     * @param sceneCount how many scenes, 1-20
     * @param style the picture style appended to every image prompt, or null for a storybook illustration
     * @throws IllegalArgumentException if the prompt is blank or the scene count is out of range
     */
    public Story write(String prompt, int sceneCount, String style) {
        if (prompt == null || Words.isBlank(prompt)) {
            throw new IllegalArgumentException("The prompt must not be blank.");
        }
        if (sceneCount < 1 || sceneCount > SceneBreaker.MAX_SCENES) {
            throw new IllegalArgumentException(
                    "The scene count must be between 1 and " + SceneBreaker.MAX_SCENES + ", was " + sceneCount + ".");
        }
        String seedText = Words.normalizeSpace(prompt).toLowerCase(Locale.ROOT);
        Tale tale = imagine(StoryIdea.read(prompt), new Random(seed(seedText)));
        Random telling = new Random(seed(seedText + "\u0000" + sceneCount + "\u0000" + (style == null ? "" : style)));
        Map<String, String> values = values(tale);

        List<ScenePlan> plans = plan(tale, sceneCount, telling);
        List<String> times = times(sceneCount, telling);
        Set<String> usedOpeners = new HashSet<>();
        List<SceneScript> scenes = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            ScenePlan plan = plans.get(i);
            Map<String, String> sceneValues = new HashMap<>(values);
            if (plan.place() != null) {
                sceneValues.put("place", plan.place().phrase());
            }
            if (plan.brief()) {
                sceneValues.put("home", tale.home().brief());
            }
            String opener = i == 0 && !plan.whole() ? null : opener(times.get(i), telling, usedOpeners);
            String narration = narrate(plan, sceneValues, opener, tale.hero().name());
            scenes.add(new SceneScript(i, narration, picture(tale, plan, times.get(i), narration).prompt(style)));
        }
        String title = Words.titleCase(tale.hero().name() + " and the " + tale.thingAdjective() + " " + tale.thingNoun());
        return new Story(title, scenes, List.of());
    }

    /** Chooses the world, the characters, the trouble, the magic thing and the wish. */
    private static Tale imagine(StoryIdea idea, Random random) {
        Optional<StoryWorld> named = idea.setting().flatMap(StoryWorld::of);
        // A name a child would have makes a child hero when the prompt names no kind.
        Optional<Kind> heroKind = idea.heroKind().or(() -> idea.heroName().flatMap(Vocabulary::pronounOfName)
                .flatMap(pronoun -> Vocabulary.kind(pronoun == Pronoun.SHE ? "girl" : "boy")));
        StoryWorld world = named.orElseGet(() -> {
            if (heroKind.map(kind -> Vocabulary.AQUATIC.contains(kind.word())).orElse(false)) {
                return StoryWorld.SEA;
            }
            List<StoryWorld> worlds = heroKind.map(kind -> List.of(StoryWorld.values()).stream()
                    .filter(candidate -> candidate.heroes.contains(kind.word())
                            || kind.painterWord() != null && candidate.heroes.contains(kind.painterWord()))
                    .toList()).filter(found -> !found.isEmpty()).orElse(List.of(StoryWorld.values()));
            return pick(worlds, random);
        });
        Kind kind = heroKind.orElseGet(() -> Vocabulary.kind(pick(world.heroes, random)).orElseThrow());
        Pronoun pronoun = Optional.ofNullable(kind.pronoun()).or(idea::pronoun)
                .or(() -> idea.heroName().flatMap(Vocabulary::pronounOfName))
                .orElseGet(() -> pick(List.of(Pronoun.values()), random));
        String heroName = idea.heroName().orElseGet(() -> pick(Vocabulary.namesFor(kind, pronoun), random));
        String kindName = idea.heroKind().isPresent() ? idea.heroKindPhrase().orElse(kind.word()) : kind.word();
        Role hero = new Role(heroName, kind, kindName, pronoun, pick(Vocabulary.HERO_TRAITS, random));

        Home home = home(world, kind, idea.setting(), Vocabulary.AQUATIC.contains(kind.word()), random);
        Role friend = friend(world, hero, idea.friendName(), random);
        Trouble trouble = trouble(world, hero, friend, random);
        String wish = idea.wish().orElseGet(() -> pick(Vocabulary.DEFAULT_WISHES, random));
        return new Tale(world, home, hero, friend, trouble, pick(Vocabulary.THING_ADJECTIVES, random),
                pick(Vocabulary.THING_NOUNS, random), wish);
    }

    private static Home home(StoryWorld world, Kind kind, Optional<String> setting, boolean aquatic, Random random) {
        List<Home> homes = world.homes.stream().filter(home -> home.setting().equals("ocean") == aquatic).toList();
        if (homes.isEmpty()) {
            homes = world.homes;
        }
        List<Home> named = homes.stream().filter(home -> setting.map(home.setting()::equals).orElse(false)).toList();
        if (!named.isEmpty()) {
            return pick(named, random);
        }
        boolean person = Vocabulary.isPerson(kind);
        List<Home> suitable = homes.stream().filter(home -> home.forPeople() == person).toList();
        return pick(suitable.isEmpty() ? homes : suitable, random);
    }

    private static Role friend(StoryWorld world, Role hero, Optional<String> name, Random random) {
        List<String> kinds = world.friends.stream().filter(word -> !sameKind(word, hero.kind())).toList();
        Kind kind = Vocabulary.kind(pick(kinds, random)).orElseThrow();
        Pronoun pronoun = Optional.ofNullable(kind.pronoun()).orElseGet(() -> pick(List.of(Pronoun.values()), random));
        List<String> names = Vocabulary.namesFor(kind, pronoun).stream()
                .filter(candidate -> !candidate.equals(hero.name())).toList();
        String friendName = name.filter(given -> !given.equals(hero.name())).orElseGet(() -> pick(names, random));
        return new Role(friendName, kind, kind.word(), pronoun, pick(Vocabulary.FRIEND_TRAITS, random));
    }

    private static Trouble trouble(StoryWorld world, Role hero, Role friend, Random random) {
        List<String> weathers = world.weather.stream().filter(List.of("storm", "fog", "snow")::contains).toList();
        if (!weathers.isEmpty() && random.nextBoolean()) {
            return switch (pick(weathers, random)) {
                case "fog" -> new Trouble("a thick grey fog", "fog", "the fog melted away", null);
                case "snow" -> new Trouble("a sudden snowstorm", "snow", "the snow stopped falling", null);
                default -> world == StoryWorld.DESERT
                        ? new Trouble("a howling sandstorm", "storm", "the sandstorm died down", null)
                        : new Trouble("a wild storm", "storm", "the last of the storm rolled away", null);
            };
        }
        List<String> grumps = switch (world) {
            case SEA -> List.of("crab", "octopus", "crow");
            case CITY, SPACE -> List.of("robot", "crow", "troll");
            default -> List.of("bear", "crow", "troll", "badger");
        };
        List<String> kinds = grumps.stream()
                .filter(word -> !sameKind(word, hero.kind()) && !sameKind(word, friend.kind())).toList();
        Kind kind = Vocabulary.kind(pick(kinds, random)).orElseThrow();
        String name = pick(Vocabulary.GRUMPY_NAMES, random);
        Role grump = new Role(name, kind, kind.word(), pick(List.of(Pronoun.values()), random),
                pick(Vocabulary.FOE_TRAITS, random));
        return new Trouble(grump.introduced(), null, "even " + name + " clapped", grump);
    }

    private static Map<String, String> values(Tale tale) {
        Role hero = tale.hero();
        Role friend = tale.friend();
        Map<String, String> values = new HashMap<>();
        values.put("hero", hero.name());
        values.put("aHero", hero.introduced());
        values.put("he", hero.pronoun().subject);
        values.put("him", hero.pronoun().object);
        values.put("his", hero.pronoun().possessive);
        values.put("himself", hero.pronoun().reflexive);
        values.put("friend", friend.name());
        values.put("aFriend", friend.introduced());
        values.put("fhe", friend.pronoun().subject);
        values.put("fhim", friend.pronoun().object);
        values.put("world", tale.world().phrase);
        values.put("home", tale.home().description());
        values.put("hidingSpot", tale.world().hidingSpot);
        values.put("little", tale.world().littleOne);
        values.put("aThing", Words.withArticle(tale.thingAdjective() + " " + tale.thingNoun()));
        values.put("thingNoun", tale.thingNoun());
        Trouble trouble = tale.trouble();
        values.put("foe", trouble.description());
        values.put("foeEnd", trouble.end());
        Role grump = trouble.character();
        values.put("foeName", grump == null ? "the " + trouble.weather() : grump.name());
        values.put("foeHim", grump == null ? "it" : grump.pronoun().object);
        // The wish and the nook carry the hero's pronouns, so they are filled in before they are used.
        values.put("nook", fill(tale.home().nook(), values));
        values.put("wish", fill(tale.wish(), values));
        return values;
    }

    /** Which beats each scene tells: the arc squeezed into few scenes, or the journey stretched over many. */
    private static List<ScenePlan> plan(Tale tale, int sceneCount, Random random) {
        Beat setup = pick(StoryBeats.SETUP, random);
        Beat inciting = pick(StoryBeats.INCITING, random);
        Beat turn = pick(tale.trouble().character() == null ? StoryBeats.WEATHER_TURNS : StoryBeats.CHARACTER_TURNS, random);
        Beat resolution = pick(StoryBeats.RESOLUTIONS, random);
        Beat closing = pick(StoryBeats.CLOSINGS, random);
        List<ScenePlan> plans = new ArrayList<>();
        switch (sceneCount) {
            case 1 -> plans.add(new ScenePlan(List.of(pick(StoryBeats.WHOLE, random)), null, true, true, true));
            case 2 -> {
                plans.add(new ScenePlan(List.of(setup, inciting), null, true, false, true));
                plans.add(awayFromHome(turn, resolution));
            }
            case 3 -> {
                plans.add(atHome(setup));
                plans.add(atHome(inciting, turn));
                plans.add(awayFromHome(resolution, closing));
            }
            case 4 -> {
                plans.add(atHome(setup));
                plans.add(atHome(inciting));
                plans.add(awayFromHome(turn));
                plans.add(awayFromHome(resolution, closing));
            }
            default -> {
                plans.add(atHome(setup));
                plans.add(atHome(inciting));
                plans.addAll(journey(tale, Math.max(1, sceneCount - 5), random));
                plans.add(awayFromHome(turn));
                if (sceneCount == 5) {
                    plans.add(awayFromHome(resolution, closing));
                }
                else {
                    plans.add(awayFromHome(resolution));
                    plans.add(atHome(closing));
                }
            }
        }
        return plans;
    }

    private static ScenePlan atHome(Beat... beats) {
        return new ScenePlan(List.of(beats), null, true, false, false);
    }

    private static ScenePlan awayFromHome(Beat... beats) {
        return new ScenePlan(List.of(beats), null, false, false, false);
    }

    /** Distinct episodes that suit the world's weather, each at the next landmark. */
    private static List<ScenePlan> journey(Tale tale, int episodes, Random random) {
        List<Beat> available = new ArrayList<>(StoryBeats.EPISODES.stream()
                .filter(beat -> beat.weather() == null || tale.world().weather.contains(beat.weather())).toList());
        List<Place> places = new ArrayList<>(tale.world().places);
        Collections.shuffle(available, random);
        Collections.shuffle(places, random);
        List<ScenePlan> plans = new ArrayList<>();
        for (int i = 0; i < episodes; i++) {
            plans.add(new ScenePlan(List.of(available.get(i)), places.get(i % places.size()), false, false, false));
        }
        return plans;
    }

    /** A time of day for each scene, spread so that neighbouring pictures differ. */
    private static List<String> times(int sceneCount, Random random) {
        if (sceneCount == 1) {
            return List.of(pick(Vocabulary.SINGLE_SCENE_TIMES, random));
        }
        List<String> times = new ArrayList<>();
        for (int i = 0; i < sceneCount; i++) {
            times.add(sceneCount <= Vocabulary.ONE_DAY.size()
                    ? Vocabulary.ONE_DAY.get(Math.round((float) i * (Vocabulary.ONE_DAY.size() - 1) / (sceneCount - 1)))
                    : Vocabulary.ROUND_THE_CLOCK.get(i % Vocabulary.ROUND_THE_CLOCK.size()));
        }
        return times;
    }

    private static String opener(String time, Random random, Set<String> used) {
        List<String> fresh = Vocabulary.OPENERS.get(time).stream().filter(opener -> !used.contains(opener)).toList();
        String opener = pick(fresh.isEmpty() ? Vocabulary.OPENERS.get(time) : fresh, random);
        used.add(opener);
        return opener;
    }

    /**
     * The scene's sentences: each beat's essential ones, plus as many of its details as bring the scene
     * nearest 35 words (within 25-45 where possible), always naming the hero, in two or three sentences.
     */
    private static String narrate(ScenePlan plan, Map<String, String> values, String opener, String heroName) {
        List<List<String>> options = new ArrayList<>();
        options.add(List.of());
        for (Beat beat : plan.beats()) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> option : options) {
                for (int count = beat.essential(); count <= beat.sentences().size(); count++) {
                    List<String> extended = new ArrayList<>(option);
                    extended.addAll(beat.sentences().subList(0, count));
                    longer.add(extended);
                }
            }
            options = longer;
        }
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (List<String> option : options) {
            if (option.size() < 2 || option.size() > 3) {
                continue;
            }
            String text = render(option, values, opener, plan.whole() ? 1 : 0);
            int words = Words.count(text);
            double outside = words < MIN_WORDS ? MIN_WORDS - words : words > MAX_WORDS ? words - MAX_WORDS : 0;
            double score = outside * 100 + Math.abs(words - IDEAL_WORDS) + (text.contains(heroName) ? 0 : 10_000);
            if (score < bestScore) {
                best = text;
                bestScore = score;
            }
        }
        return best;
    }

    private static String render(List<String> templates, Map<String, String> values, String opener, int openerAt) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            String sentence = fill(templates.get(i), values);
            if (opener != null && i == openerAt) {
                sentence = opener + ", " + sentence;
            }
            sentences.add(capitalizeSentence(sentence));
        }
        return String.join(" ", sentences);
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {" + matcher.group(1) + "} in: " + template);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String capitalizeSentence(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isLetter(sentence.charAt(i))) {
                return sentence.substring(0, i) + Words.capitalize(sentence.substring(i));
            }
        }
        return sentence;
    }

    private static Picture picture(Tale tale, ScenePlan plan, String time, String narration) {
        Set<String> words = new HashSet<>(Words.lowerWords(narration));
        List<String> characters = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<Role> present = new ArrayList<>(List.of(tale.hero()));
        // "The friends rested" or "they sang" shows the friend as surely as naming them does.
        if (words.containsAll(Words.lowerWords(tale.friend().name()))
                || words.stream().anyMatch(Vocabulary.TOGETHER::contains)) {
            present.add(tale.friend());
        }
        Role grump = tale.trouble().character();
        if (grump != null && words.contains(grump.name().toLowerCase(Locale.ROOT))) {
            present.add(grump);
        }
        for (Role character : present) {
            characters.add(character.described());
            String painterWord = character.kind().painterWord();
            if (painterWord != null && !character.kindName().endsWith(painterWord)) {
                subjects.add(painterWord);
            }
        }
        if (words.contains(tale.thingNoun())) {
            subjects.add(Vocabulary.subject(tale.thingNoun()).isPresent() ? tale.thingNoun()
                    : tale.thingAdjective() + " " + tale.thingNoun());
        }
        String setting;
        if (plan.place() != null) {
            setting = plan.place().setting();
            if (plan.place().subject() != null) {
                subjects.add(plan.place().subject());
            }
        }
        else {
            setting = plan.atHome() ? tale.home().setting() : tale.world().setting;
        }
        String weather = plan.beats().stream().map(Beat::weather).filter(Objects::nonNull).findFirst()
                .orElse(plan.beats().stream().anyMatch(StoryBeats.WEATHER_TURNS::contains) ? tale.trouble().weather() : null);
        return new Picture(characters, setting, time, weather, plan.beats().getFirst().mood(), subjects);
    }

    private static boolean sameKind(String word, Kind kind) {
        Optional<Kind> other = Vocabulary.kind(word);
        return word.equals(kind.word()) || other.map(found -> found.painterWord() != null
                && found.painterWord().equals(kind.painterWord())).orElse(false);
    }

    private static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static long seed(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}
