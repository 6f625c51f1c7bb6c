package com.storyreel.local;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service's shape (docs/architecture.md, "One shape for every service"): its engine is plain Java that
 * knows nothing of Spring, Kafka, its stage or its vendor, and its stage never reaches for its vendor. Here
 * because this module has all six services on its classpath. ArchUnit reads class files, so a compile-time
 * constant (a {@code static final} String such as a topic name in {@code Topics}) that javac copied into a
 * class is no dependency it can see.
 */
class ContentEngineTests {

    private static final JavaClasses STORYREEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.storyreel");

    /** A stage service: its root package and, below it, its stage, vendor and engine packages. */
    enum Service {
        STORY("com.storyreel.story", "writing", "openai", "storytelling"),
        IMAGE("com.storyreel.image", "image", "leonardo", "painting"),
        AUDIO("com.storyreel.audio", "narration", "elevenlabs", "speech"),
        VIDEO("com.storyreel.video", "clip", "json2video", "kenburns"),
        MERGE("com.storyreel.merge", "merge", "json2video", "mux"),
        RENDER("com.storyreel.render", "render", "json2video", "assembly");

        final String root;
        final String stage;
        final String vendor;
        final String engine;

        Service(String root, String stage, String vendor, String engine) {
            this.root = root + "..";
            this.stage = root + "." + stage + "..";
            this.vendor = root + "." + vendor + "..";
            this.engine = root + "." + engine + "..";
        }
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void anEngineUsesNeitherSpringNorTheEventPlumbing(Service service) {
        noClasses().that().resideInAPackage(service.engine)
                .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        // Sending, consuming and mapping events, and running a stage's work.
                        "com.storyreel.runtime.events..", "com.storyreel.runtime.work..")
                        .or(belongToAnyOf(com.storyreel.events.EventJson.class, com.storyreel.events.Topics.class)))
                .because("an engine is plain Java, used and tested on its own")
                .check(STORYREEL);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void anEngineUsesNothingElseOfItsService(Service service) {
        noClasses().that().resideInAPackage(service.engine)
                .should().dependOnClassesThat(resideInAPackage(service.root).and(not(resideInAPackage(service.engine))))
                .because("dependencies go vendor → stage → engine: an engine knows no stage or vendor")
                .check(STORYREEL);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void aStageNeverUsesItsVendor(Service service) {
        // The rule below passes for a vendor package that does not exist: make sure it does.
        assertThat(STORYREEL.that(resideInAPackage(service.vendor))).as(service.vendor).isNotEmpty();
        noClasses().that().resideInAPackage(service.stage)
                .should().dependOnClassesThat().resideInAPackage(service.vendor)
                .because("the vendor contributes itself to the stage (a ProviderChoice.Vendor bean); the stage never imports it")
                .check(STORYREEL);
    }
}
