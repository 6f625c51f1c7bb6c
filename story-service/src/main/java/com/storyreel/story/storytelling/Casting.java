package com.storyreel.story.storytelling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import com.storyreel.story.storytelling.Premise.Part;
import com.storyreel.story.storytelling.Vocabulary.Kind;
import com.storyreel.story.storytelling.Vocabulary.Pronoun;

/**
 * Turns the prompt's characters into the story's: every member of a group gets a name (the prompt's where it
 * gives one), a pronoun and one fixed look, written as a description a painter can parse:
 * {@code a <size> <colour> <kind> <in a colour clothing> with <mark>}. When the prompt names nobody, the story
 * gets a hero of its own.
 */
final class Casting {

    private static final List<String> PERSON_SIZES = List.of("tall", "short", "young", "old", "small");

    private static final Set<String> CHILDREN = Set.of("child", "kid", "girl", "boy", "daughter", "son", "puppy",
            "kitten");

    private static final List<String> CREATURE_SIZES = List.of("small", "big", "little", "tiny");

    private Casting() {
    }

    static List<Player> cast(Premise premise, Random random) {
        List<Part> parts = premise.cast().isEmpty()
                ? List.of(new Part(pick(List.of("fox", "rabbit", "girl", "boy", "owl", "robot"), random), null, 1,
                        List.of(), List.of(), Optional.empty(), false))
                : premise.cast();
        List<Player> characters = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        premise.place().ifPresent(usedNames::add);
        for (Part part : parts) {
            String head = part.head() != null ? part.head() : part.kind();
            boolean person = head == null || Species.of(head).map(Species.Look::person)
                    .orElseGet(() -> Vocabulary.kind(head).map(Vocabulary::isPerson).orElse(false));
            for (int m = 0; m < part.count(); m++) {
                Optional<String> given = m < part.names().size() ? Optional.of(part.names().get(m)) : Optional.empty();
                Pronoun pronoun = part.pronoun()
                        .or(() -> given.flatMap(Vocabulary::pronounOfName))
                        .orElseGet(() -> pick(List.of(Pronoun.values()), random));
                String name = given.orElseGet(() -> name(head, person, pronoun, usedNames, random));
                usedNames.add(name);
                String kind = part.kind() != null ? part.kind() : person ? (pronoun == Pronoun.SHE ? "girl" : "boy") : "creature";
                String lookWord = head != null ? head : kind;
                String adjectives = String.join(" ", part.adjectives());
                String introduction = Words.withArticle((adjectives.isEmpty() ? "" : adjectives + " ") + kind);
                characters.add(new Player(name, kind, introduction, pronoun,
                        describe(kind, lookWord, person, part.adjectives(), pronoun, random), part.arrivesWithGoal()));
            }
        }
        return characters;
    }

    /**
     * The look of a character a script names with its kind ("Pip the fox"), the same for the same script: the
     * seed is the script's. Whether it is a he or a she comes from the kind ("queen"), else from the name.
     */
    static String describe(String name, String kind, Random random) {
        String head = kind.substring(kind.lastIndexOf(' ') + 1);
        boolean person = Species.of(head).map(Species.Look::person)
                .orElseGet(() -> Vocabulary.kind(head).map(Vocabulary::isPerson).orElse(false));
        Pronoun pronoun = Vocabulary.kind(head).map(Kind::pronoun).or(() -> Vocabulary.pronounOfName(name)).orElse(null);
        return describe(kind, head, person, List.of(), pronoun, random);
    }

    /** The look, from the prompt's own size and colour words where it has them. */
    private static String describe(String kind, String lookWord, boolean person, List<String> adjectives, Pronoun pronoun,
            Random random) {
        Species.Look look = Species.of(lookWord).orElseGet(() -> Species.fallback(person));
        String size = adjectives.stream().filter(Species.SIZES::contains).findFirst()
                .orElseGet(() -> pick(person && !CHILDREN.contains(lookWord) ? PERSON_SIZES : CREATURE_SIZES, random));
        String colour = adjectives.stream().filter(Species.COLOURS::contains).findFirst()
                .orElseGet(() -> look.colours().isEmpty() ? null : pick(look.colours(), random));
        List<String> others = Species.COLOURS.stream().filter(candidate -> !candidate.equals(colour)).toList();
        boolean dressed = person || !Vocabulary.AQUATIC.contains(lookWord) && random.nextBoolean();
        // No beard on a character the story calls "she" ("a witch with a long white beard").
        String mark = pick(pronoun != Pronoun.SHE ? look.features()
                : look.features().stream().filter(feature -> !feature.contains("beard")).toList(), random);
        StringBuilder description = new StringBuilder(Words.withArticle(size));
        if (colour != null) {
            description.append(' ').append(colour);
        }
        description.append(' ').append(kind);
        if (dressed) {
            description.append(" in ").append(Words.withArticle(pick(others, random) + " "
                    + pick(Species.clothing(lookWord, look), random)));
        }
        description.append(" with ").append(mark);
        return description.toString();
    }

    private static String name(String head, boolean person, Pronoun pronoun, Set<String> used, Random random) {
        Kind kind = Vocabulary.kind(head == null ? "child" : head)
                .orElseGet(() -> new Kind(head, null, person ? pronoun : null));
        List<String> names = Vocabulary.namesFor(person && kind.pronoun() == null && !Vocabulary.isPerson(kind)
                ? new Kind(kind.word(), null, pronoun) : kind, pronoun).stream().filter(name -> !used.contains(name)).toList();
        return pick(names, random);
    }

    static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }
}
