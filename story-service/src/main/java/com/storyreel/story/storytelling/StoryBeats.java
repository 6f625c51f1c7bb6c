package com.storyreel.story.storytelling;

import java.util.List;

/**
 * The sentences of the offline writer's story arc, with placeholders the writer fills in: {hero}, {aHero}
 * ("a little fox named Pip"), {he}/{him}/{his}/{himself}, {friend}, {aFriend}, {fhe}/{fhim}, {world},
 * {home}, {nook}, {hidingSpot}, {little}, {wish}, {aThing}, {thingNoun}, {place}, {foe},
 * {foeName}, {foeHim}, {foeEnd}. Sentences are written as they read after a time opener ("At dusk, ..."),
 * so any of a beat's sentences can open a scene; the writer capitalises them.
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

    /** A whole story in one scene: three sentences, the time opener going on the second, home said briefly. */
    static final List<Beat> WHOLE = List.of(
            new Beat(3, "hopeful", null,
                    "once upon a time, {aHero} lived {home}, longing to {wish}.",
                    "{aFriend} gave {him} {aThing}.",
                    "its magic made {hero}'s wish come true at last."),
            new Beat(3, "happy", null,
                    "long ago, {aHero} lived {home} and wished to {wish}.",
                    "{aFriend} came by with {aThing}.",
                    "thanks to that gift, {hero}'s wish came true."));

    /** Who the hero is, where home is and what the wish is; it opens the story, so it needs no time opener. */
    static final List<Beat> SETUP = List.of(
            new Beat(2, "hopeful", null,
                    "once upon a time, {aHero} lived {home}.",
                    "more than anything, {hero} wanted to {wish}.",
                    "every morning {he} looked out across {world} and dreamed about it."),
            new Beat(2, "happy", null,
                    "once upon a time, {home}, there lived {aHero}.",
                    "{hero} had one big wish: to {wish}.",
                    "{he} told that wish to the morning sky, hoping someone would hear."),
            new Beat(2, "calm", null,
                    "long ago, {aHero} made {his} home {home}.",
                    "{hero} was happy there, but {he} longed to {wish}.",
                    "each morning {he} practiced being brave, just in case the day came."));

    /** The call to adventure: the friend arrives with the thing that will help. */
    static final List<Beat> INCITING = List.of(
            new Beat(1, "mysterious", null,
                    "{aFriend} appeared beside {hero}, holding {aThing}.",
                    "{friend} said it could help {hero} {wish}, if {he} was brave enough.",
                    "{hero} held the {thingNoun} close, and {his} heart began to race."),
            new Beat(1, "magical", null,
                    "{hero} found {aThing} {hidingSpot}, and {aFriend} came to look.",
                    "\"That is a magic {thingNoun}!\" said {friend}, who knew many old stories.",
                    "with its help, {friend} said, {hero} might finally {wish}."),
            new Beat(1, "magical", null,
                    "a breeze carried {aThing} to {hero}, followed by {aFriend}.",
                    "{friend} explained that the {thingNoun} had been lost for a hundred years.",
                    "it might be just the thing to help {hero} {wish}, {fhe} said."));

    /** The journey: each episode happens at {place}; a long story uses many, none twice. */
    static final List<Beat> EPISODES = List.of(
            new Beat(1, "hopeful", null,
                    "{hero} and {friend} reached {place}, where {hero} tried with all {his} might to {wish}.",
                    "it did not work at all, and {hero} landed with a bump.",
                    "{friend} helped {him} up and said that every try teaches something new."),
            new Beat(1, "mysterious", null,
                    "at {place}, {hero} found an old sign with a faded arrow painted on it.",
                    "the arrow pointed the same way the {thingNoun} seemed to pull.",
                    "so the two friends followed it without a word."),
            new Beat(1, "happy", null,
                    "near {place}, {hero} met {little} who had lost its way.",
                    "{hero} stopped to help, even though it meant going slower.",
                    "the little one was so thankful that {hero} felt warm all the way through."),
            new Beat(1, "calm", "rain",
                    "rain began to fall near {place}, so {hero} and {friend} found a dry spot to wait.",
                    "they listened to the drops and shared stories to pass the time.",
                    "by the time the rain stopped, {hero} felt braver than before."),
            new Beat(1, "hopeful", null,
                    "at {place}, {hero} practiced over and over while {friend} kept count.",
                    "on the tenth try, the {thingNoun} gave a tiny spark of light.",
                    "it was not much, but it was a start."),
            new Beat(1, "lonely", null,
                    "{friend} went ahead to look around, so {hero} waited alone at {place}.",
                    "it was very quiet, and {hero} missed {his} home.",
                    "still, {he} stayed brave until {friend} came back with good news."),
            new Beat(1, "magical", null,
                    "at {place}, {friend} showed {hero} an old map of {world} covered in tiny drawings.",
                    "one drawing looked just like the {thingNoun}, with a dotted path beside it.",
                    "{hero} traced the path with a grin."),
            new Beat(1, "mysterious", "fog",
                    "a soft fog drifted around {place}, and {hero} and {friend} lost their way for a moment.",
                    "then the {thingNoun} glowed faintly and showed them where to go.",
                    "{hero} whispered a thank-you and pressed on."),
            new Beat(1, "happy", null,
                    "at {place}, {friend} taught {hero} an old song about wishes.",
                    "they sang it loudly, and the echoes sang it back to them.",
                    "singing made the long journey feel much shorter."),
            new Beat(1, "brave", null,
                    "at {place}, {hero} found the way blocked by a gap far too wide to cross.",
                    "{hero} and {friend} worked together to build a little bridge from whatever they could find.",
                    "bit by bit they crossed, and neither of them looked down."),
            new Beat(1, "peaceful", null,
                    "the friends rested at {place}, and {hero} fell into a deep sleep.",
                    "in a dream, the {thingNoun} whispered that {hero} was closer than {he} knew.",
                    "{hero} woke up smiling and full of hope."),
            new Beat(1, "mysterious", null,
                    "at {place}, a kind old traveler offered {hero} and {friend} food and a place to rest.",
                    "the traveler listened to {hero}'s wish and nodded slowly.",
                    "\"The answer is closer than you think,\" the traveler said."),
            new Beat(1, "sad", null,
                    "at {place}, {hero} began to wonder if {he} would ever {wish}.",
                    "{friend} sat beside {him} and reminded {him} how far {he} had already come.",
                    "that was enough to make {hero} feel strong again."),
            new Beat(1, "mysterious", null,
                    "from {place}, {hero} could see far across {world}.",
                    "far away, something sparkled, just like the {thingNoun}.",
                    "\"That is where we must go,\" said {friend}."),
            new Beat(1, "happy", null,
                    "at {place}, {hero} and {friend} stopped to play a game of hide-and-seek.",
                    "while hiding, {hero} discovered a path that nobody else knew about.",
                    "it led the friends a little closer to the end of their journey."),
            new Beat(1, "calm", "snow",
                    "snow began to fall over {place}, and {hero} and {friend} huddled together to stay warm.",
                    "the {thingNoun} gave off a gentle warmth that kept their spirits up.",
                    "they watched the flakes drift down until everything was soft and white."),
            new Beat(1, "brave", null,
                    "at {place}, {friend} got stuck, and it was {hero}'s turn to help.",
                    "{hero} thought hard, then found a clever way to set {fhim} free.",
                    "{friend} said {fhe} had never known a braver friend."),
            new Beat(1, "calm", "clouds",
                    "{hero} and {friend} stopped near {place} and watched the sky.",
                    "big clouds rolled past like slow, gentle ships.",
                    "under that wide sky, {hero}'s wish did not feel so far away."),
            new Beat(1, "hopeful", null,
                    "at {place}, {hero} asked everyone {he} met how to {wish}.",
                    "some laughed, some shrugged, and one gave {him} a very useful clue.",
                    "{hero} repeated the clue again and again so {he} would not forget it."),
            new Beat(1, "magical", null,
                    "at {place}, {hero} heard the {thingNoun} begin to hum a soft little tune.",
                    "{friend} said that meant they were on the right track.",
                    "{hero} hummed along, and the journey felt lighter."),
            new Beat(1, "brave", null,
                    "at {place}, a loud noise made {hero} jump.",
                    "it was only the wind, playing tricks on the travelers.",
                    "{hero} laughed at {himself}, and felt a little braver for it."),
            new Beat(1, "happy", null,
                    "at {place}, {hero} and {friend} found something good to eat and stopped for a little feast.",
                    "they talked about everything they would do once the journey was over.",
                    "{friend} laughed so hard that {fhe} nearly fell over."));

    /** The turn when the trouble is weather ({foe} is "a wild storm"). */
    static final List<Beat> WEATHER_TURNS = List.of(
            new Beat(1, "scary", null,
                    "{foe} swept through {world}, and {hero} lost sight of {friend}.",
                    "{hero} felt small and afraid, and the {thingNoun} grew cold and dark.",
                    "but {he} remembered why {he} had set out, and {he} held the {thingNoun} up high."),
            new Beat(1, "scary", null,
                    "{foe} came rolling in, and {hero} could not see the way ahead.",
                    "the {thingNoun} slipped away from {hero} and vanished.",
                    "{hero} took a deep breath, searched with all {his} heart, and found it again."));

    /** The turn when the trouble is a grumpy character ({foe} is "a grumpy bear named Grum"). */
    static final List<Beat> CHARACTER_TURNS = List.of(
            new Beat(1, "scary", null,
                    "{foe} blocked {hero}'s way and would not let anyone pass.",
                    "{foeName} said the {thingNoun} was just a silly toy, and {hero} almost believed it.",
                    "but {hero} saw that {foeName} was only lonely, and kindly asked {foeHim} to come along."),
            new Beat(1, "scary", null,
                    "{foe} came stomping along and demanded that {hero} hand over the {thingNoun}.",
                    "{hero} was scared, but {he} saw that {foeName} looked sad rather than mean.",
                    "so {hero} let {foeName} hold the {thingNoun} for a while, and {foeName} smiled at last."));

    /** The wish comes true. */
    static final List<Beat> RESOLUTIONS = List.of(
            new Beat(1, "happy", null,
                    "the {thingNoun} began to glow, and at last {hero} was able to {wish}.",
                    "{friend} cheered, and {foeEnd}.",
                    "it was the happiest day {hero} had ever known."),
            new Beat(1, "happy", null,
                    "with the {thingNoun} shining brightly, {hero} finally got to {wish}.",
                    "{hero} laughed out loud, and {friend} laughed along.",
                    "nothing in all of {world} had ever felt so wonderful."));

    /** The closing image, back home. */
    static final List<Beat> CLOSINGS = List.of(
            new Beat(1, "peaceful", null,
                    "{hero} settled down {nook}, with the {thingNoun} glowing softly nearby.",
                    "{friend} stayed close, and all of {world} was calm.",
                    "{hero} smiled, knowing that a brave heart can make a wish come true."),
            new Beat(1, "peaceful", null,
                    "{hero} looked up at the sky over {world} and smiled.",
                    "the {thingNoun} stayed {nook}, shining like a tiny lamp.",
                    "and from that day on, {hero} and {friend} were never apart."));

    private StoryBeats() {
    }
}
