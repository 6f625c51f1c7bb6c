package com.storyreel.story.storytelling;

import java.util.List;

/**
 * The sentences of the offline writer's story arc, with placeholders it fills from the prompt: {team} (everyone
 * in the story so far: "Tom and Juno"), {hero}, {group} (the protagonist's group), {they}/{them}/{their}/{were}
 * for the team, {intro} ("two astronauts, Ada and Omar"), {newcomer} ("a lonely whale named Juno"), {newName},
 * {where}, {once} ("One winter" or "Once"), {goal} and {goalPast} (the prompt's own verb phrase), {ending} (its
 * last part, in the past, done by {achiever}), {premiseLine} (what the group wants or sets out to do), {trouble}, {landmark} and {little}. Sentences read as they do after a time
 * opener ("At dusk, ..."); the writer capitalises them.
 */
final class StoryBeats {

    /**
     * One beat of the arc: a few sentences, the first {@code essential} of which carry the plot (the rest are
     * detail a scene may leave out), the mood it paints and any weather it brings.
     */
    record Beat(List<String> sentences, int essential, String mood, String weather) {

        Beat(int essential, String mood, String weather, String... sentences) {
            this(List.of(sentences), essential, mood, weather);
        }
    }

    /** A whole story in one scene. */
    static final List<Beat> WHOLE = List.of(
            new Beat(3, "hopeful", null,
                    "{once}, {briefly}, there lived {intro}.",
                    "{premiseLine}.",
                    "in the end, {they} did it, and it was a day to remember."));

    /** Who the protagonists are and where; it opens the story, so it needs no time opener. */
    static final List<Beat> SETUP = List.of(
            new Beat(2, "hopeful", null,
                    "{once}, {where}, there lived {intro}.",
                    "{premiseLine}.",
                    "every morning {they} looked around and wondered what the day would bring."),
            new Beat(2, "calm", null,
                    "{once}, {where}, lived {intro}.",
                    "{premiseLine}, and it all began on an ordinary day.",
                    "that day, nobody guessed what was coming."));

    /** The call to adventure when the goal brings in a new character. */
    static final List<Beat> MEETINGS = List.of(
            new Beat(1, "mysterious", null,
                    "{hero} met {newcomer}.",
                    "at first neither of them knew what to say.",
                    "then {newName} came a little closer, and {hero} smiled."),
            new Beat(1, "magical", null,
                    "{hero} first saw {newcomer}.",
                    "{newName} watched {hero} for a long, quiet moment.",
                    "something told {hero} that this meeting mattered."));

    /** The call to adventure when the protagonists set out by themselves. */
    static final List<Beat> DEPARTURES = List.of(
            new Beat(1, "hopeful", null,
                    "{team} knew it was time to {goal}.",
                    "{they} gathered everything {they} needed and set to work.",
                    "it would not be easy, but {they} {were} ready."),
            new Beat(1, "brave", null,
                    "{team} had a plan to {goal}, and this was the day to begin.",
                    "{they} made a careful plan and went over it twice.",
                    "then {they} took a deep breath and started."));

    /** The middle: each episode happens at {landmark}; a long story uses many, none twice. */
    static final List<Beat> EPISODES = List.of(
            new Beat(1, "hopeful", null,
                    "{team} reached {landmark}, and there {they} tried with all {their} might.",
                    "it did not work at first, and {they} had to start again.",
                    "still, every try taught {them} something new."),
            new Beat(1, "mysterious", null,
                    "at {landmark}, {team} found an old sign with a faded arrow painted on it.",
                    "the arrow pointed the way {they} needed to go.",
                    "so {they} followed it without a word."),
            new Beat(1, "happy", null,
                    "near {landmark}, {team} met {little} who had lost its way.",
                    "{they} stopped to help, even though it meant going slower.",
                    "the little one was so thankful that {they} felt warm all the way through."),
            new Beat(1, "calm", "rain",
                    "rain began to fall near {landmark}, so {team} found a dry spot to wait.",
                    "{they} listened to the drops and shared stories to pass the time.",
                    "by the time the rain stopped, {they} felt braver than before."),
            new Beat(1, "hopeful", null,
                    "at {landmark}, {team} practiced over and over, counting every try.",
                    "on the tenth try, something finally went right.",
                    "it was not much, but it was a start."),
            new Beat(1, "magical", null,
                    "at {landmark}, {team} studied an old map covered in tiny drawings.",
                    "one dotted path on it led exactly where {they} hoped to go.",
                    "{they} traced the path with a grin."),
            new Beat(1, "mysterious", "fog",
                    "a soft fog drifted around {landmark}, and {team} lost the way for a moment.",
                    "then a gap opened in the fog and showed where to go.",
                    "{they} whispered a thank-you and pressed on."),
            new Beat(1, "brave", null,
                    "at {landmark}, {team} found the way blocked by a gap far too wide to cross.",
                    "{they} built a little bridge from whatever {they} could find.",
                    "bit by bit {they} crossed, and nobody looked down."),
            new Beat(1, "peaceful", null,
                    "{team} rested at {landmark} and talked about the plan to {goal}.",
                    "the night was quiet, and the stars came out one by one.",
                    "everyone woke up the next day full of hope."),
            new Beat(1, "mysterious", null,
                    "at {landmark}, a kind old traveler offered {team} food and a place to rest.",
                    "the traveler listened to the whole story and nodded slowly.",
                    "\"The answer is closer than you think,\" the traveler said."),
            new Beat(1, "sad", null,
                    "at {landmark}, {team} began to wonder if the plan would ever work.",
                    "it had been a long road, and {they} {were} tired.",
                    "but remembering how far {they} had come made {them} feel strong again."),
            new Beat(1, "happy", null,
                    "at {landmark}, {team} discovered a shortcut that nobody else knew about.",
                    "it saved a whole afternoon of walking.",
                    "{they} laughed at {their} good luck."),
            new Beat(1, "calm", "clouds",
                    "{team} stopped near {landmark} and watched the sky.",
                    "big clouds rolled past like slow, gentle ships.",
                    "under that wide sky, the goal did not feel so far away."),
            new Beat(1, "hopeful", null,
                    "at {landmark}, {team} asked everyone around for advice.",
                    "some laughed, some shrugged, and one person gave a very useful clue.",
                    "{they} repeated the clue again and again so as not to forget it."),
            new Beat(1, "brave", null,
                    "at {landmark}, a loud noise made {team} jump.",
                    "it was only the wind, playing tricks.",
                    "{they} laughed, and felt a little braver for it."),
            new Beat(1, "happy", null,
                    "at {landmark}, {team} found something good to eat and stopped for a little feast.",
                    "{they} talked about everything that would come once the work was done.",
                    "there was so much laughing that nobody noticed the time."),
            new Beat(1, "hopeful", null,
                    "at {landmark}, {team} stopped to check how far there was still to go.",
                    "the answer was: farther than {they} had hoped, but not too far.",
                    "so {they} shared a snack and carried on."),
            new Beat(1, "brave", null,
                    "at {landmark}, the path grew steep and narrow, and {team} went slowly.",
                    "one careful step at a time, {they} made it to the top.",
                    "the view from there was worth every step."),
            new Beat(1, "happy", null,
                    "at {landmark}, {team} found an old friend who had news to share.",
                    "the news was good: the hardest part was almost over.",
                    "{they} thanked the friend and hurried on."),
            new Beat(1, "calm", "snow",
                    "snow began to fall over {landmark}, and {team} huddled close to stay warm.",
                    "{they} watched the flakes drift down until everything was soft and white.",
                    "then {they} got up and carried on."));

    /** The turn: the trouble ({trouble} is the prompt's weather, or a setback). */
    static final List<Beat> TURNS = List.of(
            new Beat(1, "scary", null,
                    "{trouble} swept in, and {team} could hardly see.",
                    "for a moment it seemed that everything was lost.",
                    "but {they} remembered why {they} had started, and held on."),
            new Beat(1, "scary", null,
                    "{trouble} came, and nothing went to plan.",
                    "{team} felt small and afraid.",
                    "but {they} did not give up, and the worst of it passed."));

    /** The goal reached. */
    static final List<Beat> RESOLUTIONS = List.of(
            new Beat(1, "happy", null,
                    "at last, {achiever} {ending}.",
                    "{team} cheered so loudly that the whole place heard, and then cheered again.",
                    "it was the happiest day {they} had ever known, and the memory of it stayed bright for years."),
            new Beat(1, "happy", null,
                    "in the end, {achiever} {ending}.",
                    "{team} could hardly believe it had really happened, and laughed out loud.",
                    "nothing had ever felt so wonderful, and nobody wanted the day to end."));

    /** The closing image. */
    static final List<Beat> CLOSINGS = List.of(
            new Beat(1, "peaceful", null,
                    "{team} looked around, {where}, and smiled.",
                    "it had been a long journey, and nobody would ever forget it.",
                    "and that is how {group} came to {goal}."),
            new Beat(1, "peaceful", null,
                    "later, {team} rested, {where}, tired and happy.",
                    "everything was calm again, and the last light of the day faded slowly away.",
                    "{they} knew that whatever came next, {they} would be ready for it."));

    private StoryBeats() {
    }
}
