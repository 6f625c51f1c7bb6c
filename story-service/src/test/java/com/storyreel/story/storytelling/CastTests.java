package com.storyreel.story.storytelling;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CastTests {

    private static List<String> described(String... sentences) {
        return Cast.of(List.of(sentences)).members().stream().map(Cast.Member::described).toList();
    }

    @Test
    void findsNamesWithTheirKind() {
        assertThat(described("Once there was a small fox named Pip.", "Bramble, a wise old owl, lived nearby.",
                "Tom was a lighthouse keeper.", "Nora took her brave little dog, Biscuit.",
                "The captain called Mr. Brown, and Grandma Bea waved."))
                .containsExactlyInAnyOrder("Pip the fox", "Bramble the owl", "Tom the lighthouse keeper", "Nora",
                        "Biscuit the dog", "Mr. Brown", "Grandma Bea");
    }

    @Test
    void ordersTheMostNamedFirst() {
        assertThat(described("Then Ada saw Pip.", "Pip waved.", "Pip the fox laughed."))
                .containsExactly("Pip the fox", "Ada");
    }

    @Test
    void ignoresCapitalisedOrdinaryWordsAndPlaces() {
        assertThat(described("Suddenly the wind rose.", "Together they ran to London.", "Waves crashed on the rocks.",
                "Later they flew from London.", "Night fell.", "The End")).isEmpty();
    }

    @Test
    void trustsANameAtTheStartOfASentenceWhenItActs() {
        assertThat(described("Mira walked into the forest.", "An owl hooted.")).containsExactly("Mira");
    }

    @Test
    void findsTheOnlyMemberOfAKind() {
        Cast cast = Cast.of(List.of("Mia the kitten met Rex the dog and Bo the dog."));

        assertThat(cast.onlyOfKind("cat")).map(Cast.Member::name).hasValue("Mia");
        assertThat(cast.onlyOfKind("dog")).isEmpty();
        assertThat(cast.members()).filteredOn(member -> member.name().equals("Mia"))
                .singleElement().satisfies(mia -> assertThat(mia.painterKind()).hasValue("cat"));
    }
}
