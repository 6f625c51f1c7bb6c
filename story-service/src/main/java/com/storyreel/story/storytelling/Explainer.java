package com.storyreel.story.storytelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import com.storyreel.events.SceneScript;
import com.storyreel.story.storytelling.Language.Word;
import com.storyreel.story.storytelling.StoryBeats.Beat;

/**
 * A short explainer for a question prompt ("How volcanoes form, explained for kids", "Why is the sky blue?"):
 * the question, then steps in the prompt's own topic words, then a recap. It knows nothing about the topic
 * beyond those words: it arranges them into a clear order of looking, and says so honestly.
 */
final class Explainer {

    private static final Set<String> QUESTION_WORDS = Set.of("how", "why", "what", "where", "when", "which");

    /** Words of the request around the topic, not the topic itself. */
    private static final Set<String> REQUEST_WORDS = Set.of("explain", "explained", "explaining", "for", "kid", "kids",
            "children", "child", "beginners", "simply", "simple", "please", "me", "us", "to", "a", "an", "story",
            "short", "video", "about", "tell");

    private static final List<Beat> STEPS = List.of(
            new Beat(2, "calm", null, "step {n}: start by looking closely at {topic}.",
                    "name each part of {topic} that you can see.", "every good answer starts here."),
            new Beat(2, "mysterious", null, "step {n}: ask what has to be there before anything happens.",
                    "for {how}, some things must already be in place.", "we list them first, one by one."),
            new Beat(2, "hopeful", null, "step {n}: look for what starts the change.",
                    "something always sets it going, and {topic} are no different.", "find the first push, and the rest follows."),
            new Beat(2, "magical", null, "step {n}: follow the change as it grows.",
                    "small changes add up, little by little, until they are big enough to see.",
                    "this is the heart of {how}."),
            new Beat(2, "brave", null, "step {n}: notice what pushes back.",
                    "not everything helps; some things slow the change down or stop it.",
                    "that is why it does not happen everywhere, all the time."),
            new Beat(2, "happy", null, "step {n}: see the result with your own eyes.",
                    "now we can point at the answer and say what we see.",
                    "that is {how}, in plain words."),
            new Beat(2, "calm", null, "step {n}: check the answer against the question.",
                    "does it explain {how}? If one part is missing, go back a step.",
                    "careful checking is what real scientists do."));

    private final String question;

    private final String topic;

    private final String how;

    private final String audience;

    private Explainer(String question, String topic, String how, String audience) {
        this.question = question;
        this.topic = topic;
        this.how = how;
        this.audience = audience;
    }

    /** An explainer when the prompt asks a question or asks for an explanation, and names no characters. */
    static Optional<Explainer> of(String prompt, Premise premise) {
        List<Word> words = Language.read(Words.normalizeSpace(prompt));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        boolean explain = words.stream().anyMatch(word -> word.lemma().equals("explain"));
        boolean asks = QUESTION_WORDS.contains(words.getFirst().lower())
                && (premise.cast().isEmpty() || words.size() > 1 && words.get(1).is("AUX"));
        if (!explain && !asks) {
            return Optional.empty();
        }
        List<Word> topicWords = words.stream().filter(word -> word.is("NOUN", "PROPN", "VERB", "ADJ", "NUM", "DET",
                "ADP", "AUX", "ADV") && !REQUEST_WORDS.contains(word.lower()) && !QUESTION_WORDS.contains(word.lower())).toList();
        List<Word> nouns = topicWords.stream().filter(word -> word.is("NOUN", "PROPN") || word.is("AUX")
                && !word.lemma().equals("be") && !word.lemma().equals("do")).toList();
        if (nouns.isEmpty()) {
            return Optional.empty();
        }
        int topicAt = words.indexOf(nouns.getFirst());
        String topic = (topicAt > 0 && words.get(topicAt - 1).lower().equals("the") ? "the " : "") + nouns.getFirst().text();
        String questionWord = QUESTION_WORDS.contains(words.getFirst().lower()) ? words.getFirst().lower() : "how";
        List<String> rest = topicWords.stream().map(Word::text)
                .filter(text -> !text.equalsIgnoreCase("is") && !text.equalsIgnoreCase("are") && !text.equalsIgnoreCase("do")
                        && !text.equalsIgnoreCase("does")).toList();
        String aux = words.stream().filter(word -> word.lemma().equals("be")).findFirst().map(Word::lower).orElse(null);
        String statement = String.join(" ", rest);
        if (aux != null && rest.size() > 1) {
            statement = rest.getFirst() + " " + String.join(" ", rest.subList(1, rest.size()));
            statement = statement.replaceFirst("^(\\S+(?: \\S+)?) ", "$1 " + aux + " ");
            if (rest.size() == 2 || rest.getFirst().equalsIgnoreCase("the")) {
                statement = rest.stream().limit(rest.getFirst().equalsIgnoreCase("the") ? 2 : 1)
                        .reduce((a, b) -> a + " " + b).orElse("") + " " + aux + " "
                        + String.join(" ", rest.subList(rest.getFirst().equalsIgnoreCase("the") ? 2 : 1, rest.size()));
            }
        }
        else if (aux != null) {
            statement = statement + " " + aux;
        }
        String how = (questionWord + " " + statement).trim();
        String doWord = aux != null ? aux : topic.endsWith("s") ? "do" : "does";
        String asked = aux != null ? questionWord + " " + aux + " " + String.join(" ", rest)
                : questionWord + " " + doWord + " " + statement;
        String audience = words.stream().map(Word::lower).filter(Set.of("kids", "children", "beginners")::contains)
                .findFirst().map(found -> " for " + found).orElse("");
        return Optional.of(new Explainer(Words.capitalize(asked.trim()) + "?", topic.toLowerCase(), how, audience));
    }

    Story write(int sceneCount, String style, Random random) {
        Map<String, String> values = new HashMap<>();
        values.put("question", question);
        values.put("topic", topic);
        values.put("how", how);
        values.put("audience", audience);
        List<SceneScript> scenes = new ArrayList<>();
        Set<String> openers = new HashSet<>();
        List<String> times = Narration.times(sceneCount, random);
        for (int i = 0; i < sceneCount; i++) {
            List<Beat> beats;
            if (sceneCount == 1) {
                beats = List.of(new Beat(3, "hopeful", null, "{question}",
                        "here it is explained{audience}: look closely at {topic}, find what starts the change, and follow it.",
                        "that, in short, is {how}."));
            }
            else if (i == 0) {
                beats = List.of(new Beat(3, "hopeful", null, "{question}",
                        "in this short video it is explained{audience}, one step at a time.",
                        "we will use the question's own words and start from {topic}."));
            }
            else if (i == sceneCount - 1) {
                beats = List.of(new Beat(3, "happy", null, "so, let us recap {how}.",
                        "we looked at {topic}, found what starts the change, followed it as it grew, and checked the result.",
                        "now you can explain it too."));
            }
            else {
                values.put("n", Integer.toString(i));
                beats = List.of(STEPS.get((i - 1) % STEPS.size()));
            }
            String narration = Narration.narrate(beats, values, null, 0, List.of());
            Picture picture = new Picture(List.of(), null, times.get(i), null, beats.getFirst().mood(),
                    List.of(topic, "diagram"));
            scenes.add(new SceneScript(i, narration, picture.prompt(style)));
        }
        return new Story(Words.titleCase(question.replace("?", "")), scenes, List.of());
    }
}
