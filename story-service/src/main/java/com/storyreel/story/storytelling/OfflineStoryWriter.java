package com.storyreel.story.storytelling;

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

import com.storyreel.events.SceneScript;
import com.storyreel.story.storytelling.Premise.Goal;
import com.storyreel.story.storytelling.StoryBeats.Beat;
import com.storyreel.story.storytelling.StoryWorld.Place;
import com.storyreel.story.storytelling.Vocabulary.Pronoun;

/**
 * The built-in writer for when there is no script and no language model. It keeps what the prompt asks for: its
 * characters (how many and what they are, with the names it gives), where and when the story happens, the season
 * and the weather, and the goal in the prompt's own words; it chooses only what the prompt leaves open. The story
 * runs setup, the call (the goal, or the character the goal brings in), a journey of episodes, the turn, the goal
 * reached and a closing image. A question ("how do volcanoes form?") is answered by an {@link Explainer} instead.
 * The same prompt, scene count and style always give the same story; the characters depend on the prompt alone.
 */
public final class OfflineStoryWriter {

    private static final List<String> SETBACKS = List.of("a howling wind", "a thick grey fog", "a sudden storm");

    /** Everything chosen once for a story, before it is told. */
    private record Tale(Premise premise, List<Player> characters, StoryWorld world, String where, String briefly,
            String setting,
            String goal, String ending, String trouble, String troubleWeather) {

        List<Player> group() {
            return characters.stream().filter(character -> !character.arrivesWithGoal()).toList();
        }

        Optional<Player> newcomer() {
            return characters.stream().filter(Player::arrivesWithGoal).findFirst();
        }

        List<Player> newcomers() {
            return characters.stream().filter(Player::arrivesWithGoal).toList();
        }
    }

    /** A scene's beats and, for an episode, its landmark; {@code met} when the newcomer has arrived by then. */
    private record ScenePlan(List<Beat> beats, Place landmark, boolean met) {
    }

    /**
     * A short story for a prompt, deterministic for a given prompt, sceneCount and style.
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
        Random telling = new Random(Narration.seed(seedText + "\u0000" + sceneCount + "\u0000" + (style == null ? "" : style)));
        Premise premise = PremiseReader.read(prompt);
        Optional<Explainer> explainer = Explainer.of(prompt, premise);
        if (explainer.isPresent()) {
            return explainer.get().write(sceneCount, style, telling);
        }
        Tale tale = imagine(premise, new Random(Narration.seed(seedText)));
        List<ScenePlan> plans = plan(tale, sceneCount, telling);
        List<String> times = Narration.times(sceneCount, telling);
        Map<String, String> values = values(tale);
        Set<String> usedOpeners = new HashSet<>();
        List<SceneScript> scenes = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            ScenePlan plan = plans.get(i);
            List<Player> team = plan.met() ? tale.characters() : tale.group();
            Map<String, String> sceneValues = new HashMap<>(values);
            team(sceneValues, team);
            sceneValues.put("landmark", plan.landmark() == null ? tale.where() : plan.landmark().phrase());
            if (sceneCount <= 2) {
                sceneValues.put("where", tale.briefly());
            }
            String opener = i == 0 ? null : Narration.opener(times.get(i), telling, usedOpeners);
            List<String> mustName = team.stream().map(Player::name).toList();
            String narration = Narration.narrate(plan.beats(), sceneValues, opener, sceneCount == 1 ? 1 : 0, mustName);
            scenes.add(new SceneScript(i, narration, picture(tale, plan, times.get(i), narration).prompt(style)));
        }
        return new Story(title(tale), scenes, tale.characters().stream().map(Player::toEvent).toList());
    }

    /** Chooses what the prompt leaves open: names and looks, a world for the journey, a trouble. */
    private static Tale imagine(Premise premise, Random random) {
        List<Player> characters = Casting.cast(premise, random);
        Player hero = characters.getFirst();
        StoryWorld world = premise.place().flatMap(Places::named).map(kind -> kind.world)
                .or(() -> premise.setting().flatMap(StoryWorld::of))
                .orElseGet(() -> Casting.pick(List.of(StoryWorld.values()).stream()
                        .filter(candidate -> candidate.heroes.contains(hero.kind())).findFirst()
                        .map(List::of).orElse(List.of(StoryWorld.values())), random));
        boolean aquatic = Vocabulary.AQUATIC.contains(hero.kind());
        boolean person = Species.of(hero.kind().substring(hero.kind().lastIndexOf(' ') + 1)).map(Species.Look::person)
                .orElse(true);
        List<StoryWorld.Home> homes = world.homes.stream().filter(home -> home.setting().equals("ocean") == aquatic)
                .filter(home -> aquatic || home.forPeople() == person).toList();
        StoryWorld.Home home = Casting.pick(homes.isEmpty() ? world.homes : homes, random);
        String where = premise.where().orElse(home.description());
        String briefly = premise.where().orElse(home.brief());
        String setting = premise.setting().filter(found -> !found.equals("land")).orElse(world.setting);
        String goal = premise.goal().map(Goal::base).or(() -> premise.situation().map(OfflineStoryWriter::wayOut))
                .orElseGet(() -> Casting.pick(Vocabulary.DEFAULT_WISHES, random).replace("{world}", world.phrase));
        String ending = premise.goal().map(found -> found.arrivingCharacter().isPresent()
                ? named(found.past(), found.arrivingCharacter().get(), characters) : found.ending())
                .orElse(goal.startsWith("see ") ? "got to " + goal : "managed to " + goal);
        String trouble = premise.weather().map(weather -> Words.withArticle(weather.phrase()))
                .orElseGet(() -> Casting.pick(SETBACKS, random));
        String troubleWeather = premise.weather().map(Premise.Weather::painterWord)
                .orElse(trouble.contains("fog") ? "fog" : "storm");
        return new Tale(premise, characters, world, where, briefly, setting, goal, ending, trouble, troubleWeather);
    }

    /** What someone in a plight wants: the way home when lost, courage when afraid, a friend when lonely. */
    private static String wayOut(String situation) {
        String lower = situation.toLowerCase(Locale.ROOT);
        return lower.contains("lost") ? "find the way home" : lower.contains("afraid") || lower.contains("scared")
                ? "be brave at last" : lower.contains("lonely") || lower.contains("alone") ? "make a true friend"
                : "make everything right again";
    }

    /** The goal with the newcomer's words replaced by its name: "befriended a lonely whale" becomes "befriended Juno". */
    private static String named(String goal, String arriving, List<Player> characters) {
        List<String> names = characters.stream().filter(Player::arrivesWithGoal).map(Player::name).toList();
        return characters.stream().filter(Player::arrivesWithGoal).findFirst()
                .map(newcomer -> goal.replaceFirst("(?:\\b(?:a|an|the|her|his|their|my|our)\\s+)?"
                        + java.util.regex.Pattern.quote(arriving.replaceFirst("^(?:a|an|the|her|his|their|my|our)\\s+", "")),
                        Narration.join(names)))
                .orElse(goal);
    }

    private static Map<String, String> values(Tale tale) {
        List<Player> group = tale.group();
        Map<String, String> values = new HashMap<>();
        values.put("hero", tale.characters().getFirst().name());
        values.put("group", Narration.join(group.stream().map(Player::name).toList()));
        values.put("achiever", tale.newcomer().isPresent() ? tale.characters().getFirst().name() : values.get("group"));
        values.put("intro", introduction(group) + tale.premise().situation().map(situation -> ", " + situation).orElse(""));
        List<Player> newcomers = tale.newcomers();
        values.put("newcomer", newcomers.isEmpty() ? "" : introduction(newcomers));
        values.put("newName", Narration.join(newcomers.stream().map(Player::name).toList()));
        values.put("where", tale.where());
        values.put("briefly", tale.briefly());
        values.put("once", tale.premise().season().map(season -> "one " + season).orElse("once"));
        values.put("goal", tale.goal());
        values.put("ending", tale.ending());
        values.put("premiseLine", tale.premise().desire()
                .map(desire -> "more than anything, " + values.get("group") + " "
                        + (desire.equals("dreamed") ? "dreamed of being able" : desire) + " to " + tale.goal())
                .orElseGet(() -> "this is the story of how " + values.get("group") + " came to " + tale.goal()));
        values.put("trouble", tale.trouble());
        values.put("little", tale.world().littleOne);
        return values;
    }

    /** "a lighthouse keeper named Tom", "two astronauts, Ada and Omar". */
    private static String introduction(List<Player> group) {
        if (group.size() == 1 || group.stream().map(Player::introduction).distinct().count() > 1) {
            return Narration.join(group.stream().map(Player::introduced).toList());
        }
        String number = List.of("two", "three", "four", "five").get(Math.min(group.size(), 5) - 2);
        String words = plural(group.getFirst().introduction().replaceFirst("^an? ", ""));
        return number + " " + words + ", " + Narration.join(group.stream().map(Player::name).toList());
    }

    private static final Map<String, String> IRREGULAR_PLURALS = Map.of("child", "children", "mouse", "mice",
            "man", "men", "woman", "women", "wolf", "wolves", "sheep", "sheep", "fish", "fish", "goose", "geese",
            "fisherman", "fishermen", "elf", "elves");

    private static String plural(String kind) {
        int last = kind.lastIndexOf(' ') + 1;
        String irregular = IRREGULAR_PLURALS.get(kind.substring(last));
        if (irregular != null) {
            return kind.substring(0, last) + irregular;
        }
        if (kind.endsWith("s") || kind.endsWith("x") || kind.endsWith("ch") || kind.endsWith("sh")) {
            return kind + "es";
        }
        return kind.endsWith("y") && !kind.endsWith("ey") && !kind.endsWith("ay") ? kind.substring(0, kind.length() - 1) + "ies"
                : kind + "s";
    }

    /** The team's words: everyone named, and the pronouns that stand for them. */
    private static void team(Map<String, String> values, List<Player> team) {
        values.put("team", Narration.join(team.stream().map(Player::name).toList()));
        boolean one = team.size() == 1;
        Pronoun pronoun = team.getFirst().pronoun();
        values.put("they", one ? pronoun.subject : "they");
        values.put("them", one ? pronoun.object : "them");
        values.put("their", one ? pronoun.possessive : "their");
        values.put("were", one ? "was" : "were");
    }

    /** Which beats each scene tells: the arc squeezed into few scenes, or the journey stretched over many. */
    private static List<ScenePlan> plan(Tale tale, int sceneCount, Random random) {
        boolean meets = tale.newcomer().isPresent();
        Beat setup = Casting.pick(StoryBeats.SETUP, random);
        Beat call = Casting.pick(meets ? StoryBeats.MEETINGS : StoryBeats.DEPARTURES, random);
        Beat turn = Casting.pick(StoryBeats.TURNS, random);
        Beat resolution = Casting.pick(StoryBeats.RESOLUTIONS, random);
        Beat closing = Casting.pick(StoryBeats.CLOSINGS, random);
        List<ScenePlan> plans = new ArrayList<>();
        switch (sceneCount) {
            case 1 -> plans.add(new ScenePlan(List.of(StoryBeats.WHOLE.getFirst()), null, false));
            case 2 -> {
                // Two scenes leave no room for a departure; a newcomer is met at once, in the fewest words.
                plans.add(new ScenePlan(meets ? List.of(setup, StoryBeats.MEETINGS.getFirst()) : List.of(setup), null, meets));
                plans.add(new ScenePlan(List.of(turn, resolution), null, true));
            }
            case 3 -> {
                plans.add(new ScenePlan(List.of(setup), null, false));
                plans.add(new ScenePlan(List.of(call, turn), null, true));
                plans.add(new ScenePlan(List.of(resolution, closing), null, true));
            }
            default -> {
                plans.add(new ScenePlan(List.of(setup), null, false));
                plans.add(new ScenePlan(List.of(call), null, true));
                plans.addAll(journey(tale, sceneCount - 4 - (sceneCount >= 6 ? 1 : 0), random));
                plans.add(new ScenePlan(List.of(turn), null, true));
                if (sceneCount >= 6) {
                    plans.add(new ScenePlan(List.of(resolution), null, true));
                    plans.add(new ScenePlan(List.of(closing), null, true));
                }
                else {
                    plans.add(new ScenePlan(List.of(resolution, closing), null, true));
                }
            }
        }
        return plans;
    }

    /** Distinct episodes that suit the world's weather, each at the next landmark. */
    private static List<ScenePlan> journey(Tale tale, int episodes, Random random) {
        List<Beat> available = new ArrayList<>(StoryBeats.EPISODES.stream()
                .filter(beat -> beat.weather() == null || tale.world().weather.contains(beat.weather())).toList());
        // A story on a named planet stays there: no journey to another planet.
        List<Place> places = new ArrayList<>(tale.world().places.stream()
                .filter(place -> tale.premise().place().isEmpty() || !place.setting().equals("planet")).toList());
        Collections.shuffle(available, random);
        Collections.shuffle(places, random);
        List<ScenePlan> plans = new ArrayList<>();
        for (int i = 0; i < episodes; i++) {
            plans.add(new ScenePlan(List.of(available.get(i)), places.get(i % places.size()), true));
        }
        return plans;
    }

    /** "How Ada and Omar Grew Potatoes to Survive", "Tom and the Lonely Whale". */
    private static String title(Tale tale) {
        String hero = tale.characters().getFirst().name();
        Optional<Player> newcomer = tale.newcomer();
        if (newcomer.isPresent()) {
            return Words.titleCase(hero + " and " + newcomer.get().introduction().replaceFirst("^an? ", "the "));
        }
        String group = Narration.join(tale.group().stream().map(Player::name).toList());
        return Words.titleCase("how " + group + " " + tale.ending());
    }

    /** Who the scene's picture shows (everyone its narration names, as they always look), where, when and how. */
    private static Picture picture(Tale tale, ScenePlan plan, String time, String narration) {
        List<String> shown = tale.characters().stream().filter(character -> narration.contains(character.name()))
                .map(Player::pictured).toList();
        List<String> subjects = new ArrayList<>();
        String setting = tale.setting();
        if (plan.landmark() != null) {
            setting = plan.landmark().setting();
            if (plan.landmark().subject() != null) {
                subjects.add(plan.landmark().subject());
            }
        }
        String weather = plan.beats().stream().map(Beat::weather).filter(Objects::nonNull).findFirst()
                .orElse(plan.beats().stream().anyMatch(StoryBeats.TURNS::contains) ? tale.troubleWeather() : null);
        return new Picture(shown, setting, time, weather, plan.beats().getFirst().mood(), subjects);
    }
}
