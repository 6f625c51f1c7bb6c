package com.storyreel.runtime.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FilterValuesTests {

    @Test
    void escapesFilterGraphCharactersInAPath() {
        assertThat(FilterValues.escape("/tmp/plain/captions.ass")).isEqualTo("/tmp/plain/captions.ass");
        assertThat(FilterValues.escape("/a:b")).isEqualTo("/a\\\\:b");
        assertThat(FilterValues.escape("it's")).isEqualTo("it\\\\\\'s");
        assertThat(FilterValues.escape("[x],y;z")).isEqualTo("\\[x\\]\\,y\\;z");
        assertThat(FilterValues.escape("a\\b")).isEqualTo("a\\\\\\\\b");
    }
}
