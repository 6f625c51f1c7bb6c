package com.storyreel.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTests {

    @Test
    void serveOnAnotherAddressWithoutKeysIsRefusedInOneLineNamingTheVariable() {
        var options = Options.parse(new String[] {"serve", "--host", "192.168.1.20"});

        assertThat(options.exposureRefusal(null)).hasValueSatisfying(reason -> {
            assertThat(reason).contains("STORYREEL_API_KEYS").contains("192.168.1.20").doesNotContain("\n");
        });
        assertThat(options.exposureRefusal(" , ")).as("blank keys are no keys").isPresent();
    }

    @Test
    void everyInterfaceCountsAsAnotherAddress() {
        assertThat(Options.parse(new String[] {"serve", "--host", "0.0.0.0"}).exposureRefusal("")).isPresent();
    }

    @Test
    void loopbackNeedsNoKeys() {
        assertThat(Options.parse(new String[] {"serve"}).exposureRefusal(null)).isEmpty();
        assertThat(Options.parse(new String[] {"serve", "--host", "localhost"}).exposureRefusal(null)).isEmpty();
        assertThat(Options.parse(new String[] {"serve", "--host", "::1"}).exposureRefusal(null)).isEmpty();
    }

    @Test
    void withKeysAnyAddressMayServe() {
        assertThat(Options.parse(new String[] {"serve", "--host", "0.0.0.0"}).exposureRefusal("k1,k2")).isEmpty();
    }

    @Test
    void aSwitchTakesNoValueAndLeavesTheNextArgumentAlone() {
        var options = Options.parse(new String[] {"make", "--batch", "stories.txt", "--again", "--scenes", "2"});

        assertThat(options.isSet("again")).isTrue();
        assertThat(options.number("scenes", 0)).isEqualTo(2);
        assertThat(Options.parse(new String[] {"make", "--batch", "stories.txt"}).isSet("again")).isFalse();
        assertThatThrownBy(() -> Options.parse(new String[] {"make", "--again=yes"}))
                .isInstanceOf(Options.UsageException.class).hasMessage("Unknown option --again (it takes no value)");
    }

    @Test
    void makeSendsTheFirstKey() {
        assertThat(Options.firstApiKey(" first-key , second-key")).hasValue("first-key");
        assertThat(Options.firstApiKey(",,only")).hasValue("only");
        assertThat(Options.firstApiKey(null)).isEmpty();
    }

    @Test
    void kafkaAndS3ListenOnLoopbackUnlessAskedOtherwise() {
        assertThat(Options.parse(new String[] {"serve", "--host", "0.0.0.0"}).stackHost()).isEqualTo("127.0.0.1");
        assertThat(Options.parse(new String[] {"serve", "--stack-host", "10.0.0.5"}).stackHost()).isEqualTo("10.0.0.5");
    }

    @Test
    void serviceTakesItsNameAsTheArgumentAndAPort() {
        var options = Options.parse(new String[] {"service", "scene-video-service", "--port", "0"});

        assertThat(options.arguments()).containsExactly("scene-video-service");
        assertThat(options.number("port", 8080)).isZero();
    }

    @Test
    void infraTakesTheStackOptions() {
        var options = Options.parse(new String[] {"infra", "--data", "/tmp/x", "--kafka-port", "0", "--s3-port", "0", "--stack-host", "10.0.0.5"});

        assertThat(options.number("kafka-port", 9092)).isZero();
        assertThat(options.number("s3-port", 9900)).isZero();
        assertThat(options.stackHost()).isEqualTo("10.0.0.5");
    }

    @Test
    void theHelpTextShowsBothSeparateProcessCommands() {
        assertThat(Options.USAGE).contains("storyreel infra").contains("storyreel service NAME").contains("S3 secret key");
    }
}
