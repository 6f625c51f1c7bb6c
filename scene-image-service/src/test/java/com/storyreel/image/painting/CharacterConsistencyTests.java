package com.storyreel.image.painting;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.storyreel.events.StoryCharacter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One story of four scenes (a lighthouse keeper and a whale, at sea, in a snowy forest, at dawn, noon, dusk and
 * night): each character is drawn in the same colours, in the same place and at the same size in every scene that
 * shows it. A character's pixels are those that change when the scene is painted with its characters rather than
 * without them. The test leaves a contact sheet of the four frames in {@code target/}, and in
 * {@code docs/character-consistency.png} when run with {@code -Dcontact-sheet.update=true}.
 */
class CharacterConsistencyTests {

    private static final StoryCharacter KEEPER = new StoryCharacter("Maren", "lighthouse keeper",
            "a tall lighthouse keeper in a yellow raincoat with a grey beard");
    private static final StoryCharacter WHALE = new StoryCharacter("Old Blue", "whale",
            "a big blue whale with a white belly and a barnacled tail");

    /** The story's cast, protagonist first, as every scene's SceneWritten carries it. */
    private static final List<StoryCharacter> CAST = List.of(KEEPER, WHALE);

    /** Each scene's image prompt; a scene shows the characters whose descriptions it carries. */
    private static final List<String> STORY = List.of(
            "At dawn " + KEEPER.description() + " climbs the rocks below the lighthouse by the sea",
            "At noon " + WHALE.description() + " rises from the sea to greet " + KEEPER.description(),
            "In the evening " + KEEPER.description() + " walks home through the snowy forest",
            "At night under the stars " + WHALE.description() + " sings to " + KEEPER.description() + " on the shore",
            // Without the protagonist, the whale still swims in its own place, not in the protagonist's.
            "At dusk " + WHALE.description() + " dives alone in the open sea");

    private static final int WIDTH = 480;
    private static final int HEIGHT = 270;

    private static final ProceduralPainter painter = new ProceduralPainter();
    private static final List<BufferedImage> frames = new ArrayList<>();
    /** Per character, per scene that shows it: how much of it was drawn, where, and its colours. */
    private static final Map<StoryCharacter, List<Drawn>> drawn = new HashMap<>();

    private record Drawn(int scene, int pixels, Rectangle extent, BufferedImage frame,
            CastPainter.Placement placement) {

        /** The colour family most of a small patch reads as, around a point in the figure's own coordinates. */
        String colourAt(double figureX, double figureY) {
            int centreX = (int) Math.round(placement.x() + (placement.facesLeft() ? -figureX : figureX)
                    * placement.scale());
            int centreY = (int) Math.round(placement.y() + figureY * placement.scale());
            Map<String, Integer> families = new HashMap<>();
            for (int y = centreY - 2; y <= centreY + 2; y++) {
                for (int x = centreX - 2; x <= centreX + 2; x++) {
                    families.merge(ImageStats.colourFamily(frame.getRGB(x, y)), 1, Integer::sum);
                }
            }
            return families.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    @BeforeAll
    static void paintTheStory() throws IOException {
        for (int index = 0; index < STORY.size(); index++) {
            String prompt = STORY.get(index);
            List<CastPainter.Member> shown = CastPainter.shown(prompt, CAST);
            SceneDescription description = ProceduralPainter.read(prompt, shown);
            long seed = ProceduralPainter.seed(prompt, PaintStyle.STORYBOOK);
            BufferedImage with = painter.paint(description, shown, PaintStyle.STORYBOOK, seed, WIDTH, HEIGHT);
            BufferedImage without = painter.paint(description, List.of(), PaintStyle.STORYBOOK, seed, WIDTH, HEIGHT);
            // The same picture the service paints from the prompt and the characters.
            assertThat(ImageStats.differingShare(with,
                    painter.paint(prompt, "storybook", CAST, WIDTH, HEIGHT))).isZero();
            frames.add(with);
            for (CastPainter.Member member : shown) {
                CastPainter.Placement placement = CastPainter.place(member.look(), member.slot(), WIDTH, HEIGHT);
                // The figure only: not the shadow or rock at its feet.
                Rectangle box = placement.box().intersection(new Rectangle(0, 0, WIDTH,
                        (int) (placement.ground() - HEIGHT * 0.01)));
                drawn.computeIfAbsent(member.character(), character -> new ArrayList<>())
                        .add(measure(index + 1, with, without, box, placement));
            }
        }
        BufferedImage sheet = ContactSheet.of(frames, 240);
        ContactSheet.write(sheet, Path.of("target", "character-consistency.png"));
        if (Boolean.getBoolean("contact-sheet.update")) {
            ContactSheet.write(sheet, Path.of("..", "docs", "character-consistency.png"));
        }
    }

    @Test
    void drawsTheProtagonistInEveryScene() {
        assertThat(drawn.get(KEEPER)).extracting(Drawn::scene).containsExactly(1, 2, 3, 4);
        for (Drawn keeper : drawn.get(KEEPER)) {
            assertThat(keeper.pixels()).as("scene %d", keeper.scene()).isGreaterThan(WIDTH * HEIGHT / 200);
        }
    }

    @Test
    void drawsTheKeeperInAYellowRaincoatWithAGreyBeardInEveryScene() {
        for (Drawn keeper : drawn.get(KEEPER)) {
            assertThat(keeper.colourAt(0, -0.5)).as("raincoat in scene %d", keeper.scene()).isEqualTo("yellow");
            assertThat(keeper.colourAt(0, -0.71)).as("beard in scene %d", keeper.scene()).isEqualTo("light");
        }
    }

    @Test
    void drawsTheWhaleBlueWithAWhiteBellyInEveryScene() {
        assertThat(drawn.get(WHALE)).extracting(Drawn::scene).containsExactly(2, 4, 5);
        for (Drawn whale : drawn.get(WHALE)) {
            assertThat(whale.colourAt(0, -0.2)).as("back in scene %d", whale.scene()).isEqualTo("blue");
            assertThat(whale.colourAt(0.15, 0)).as("belly in scene %d", whale.scene()).isEqualTo("light");
        }
    }

    @Test
    void drawsEachCharacterInTheSamePlaceAtTheSameSizeInEveryScene() {
        for (List<Drawn> scenes : drawn.values()) {
            Rectangle first = scenes.getFirst().extent();
            for (Drawn scene : scenes) {
                Rectangle main = scene.extent();
                assertThat(List.of(main.x, main.y, main.width, main.height)).as("scene %d", scene.scene())
                        .zipSatisfy(List.of(first.x, first.y, first.width, first.height),
                                (actual, expected) -> assertThat(actual).isCloseTo(expected,
                                        within(3)));
            }
        }
    }

    @Test
    void readsTheFigureColoursBuildAndMarkFromTheDescriptionAlone() {
        Look keeper = Look.of(KEEPER);
        assertThat(keeper.figure()).isEqualTo(Subject.CHILD);
        assertThat(keeper.main()).isEqualTo(Look.COLOURS.get("yellow"));
        assertThat(keeper.accent()).isEqualTo(Look.COLOURS.get("grey"));
        assertThat(keeper.build()).isEqualTo(Look.Build.BIG);
        assertThat(keeper.mark()).isEqualTo(Look.Mark.BEARD);

        Look fox = Look.of(new StoryCharacter("Pip", "fox", "a small orange fox in a green scarf with a white-tipped tail"));
        assertThat(fox).extracting(Look::figure, Look::main, Look::accent, Look::build, Look::mark).containsExactly(
                Subject.FOX, Look.COLOURS.get("orange"), Look.COLOURS.get("green"), Look.Build.SMALL, Look.Mark.SCARF);

        Look astronaut = Look.of(new StoryCharacter("Ada", "astronaut",
                "a young astronaut in a white spacesuit with a red helmet stripe"));
        assertThat(astronaut).extracting(Look::figure, Look::main, Look::accent, Look::headwear).containsExactly(
                Subject.CHILD, Look.COLOURS.get("white"), Look.COLOURS.get("red"), Creatures.Headwear.SPACE_HELMET);

        assertThat(Look.of(WHALE)).extracting(Look::figure, Look::main, Look::accent, Look::build).containsExactly(
                Subject.WHALE, Look.COLOURS.get("blue"), Look.COLOURS.get("white"), Look.Build.BIG);
    }

    @Test
    void drawsACreatureWithoutAFigureOfItsOwnAsTheCreatureOfItsShapeNotAsAPerson() {
        assertThat(Look.of(new StoryCharacter("Leo", "lion", "a big golden lion with a shaggy mane")).figure())
                .isEqualTo(Subject.CAT);
        assertThat(Look.of(new StoryCharacter("Dash", "pony", "a small brown pony in a red blanket")).figure())
                .isEqualTo(Subject.DOG);
        assertThat(Look.of(new StoryCharacter("Pebble", "mouse", "a tiny grey mouse")).figure()).isEqualTo(Subject.RABBIT);
        assertThat(Look.of(new StoryCharacter("Bubbles", "fish", "a small orange fish")).figure()).isEqualTo(Subject.WHALE);
        assertThat(Look.of(new StoryCharacter("Quill", "duck", "a white duck in a blue hat")).figure()).isEqualTo(Subject.OWL);
    }

    @Test
    void givesACharacterWithoutColourWordsTheSameColoursFromItsNameEveryTime() {
        StoryCharacter detective = new StoryCharacter("Inspector Moss", "detective", "a thoughtful detective");

        assertThat(Look.of(detective)).isEqualTo(Look.of(new StoryCharacter("Inspector Moss", "detective",
                "a thoughtful detective")));
        assertThat(Look.of(detective).main()).isNotEqualTo(Look.of(detective).accent());
        assertThat(Look.of(detective).figure()).isEqualTo(Subject.CHILD);
    }

    /**
     * The character's pixels in its box (those the characters changed), and their extent: from the 5th to the 95th
     * percentile across and down, so a stray brush dab does not count.
     */
    private static Drawn measure(int scene, BufferedImage with, BufferedImage without, Rectangle box,
            CastPainter.Placement placement) {
        int pixels = 0;
        List<Integer> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int y = box.y; y < box.getMaxY(); y++) {
            for (int x = box.x; x < box.getMaxX(); x++) {
                int rgb = with.getRGB(x, y);
                if (rgb == without.getRGB(x, y)) {
                    continue;
                }
                pixels++;
                xs.add(x);
                ys.add(y);
            }
        }
        if (xs.isEmpty()) {
            return new Drawn(scene, 0, new Rectangle(), with, placement);
        }
        xs.sort(null);
        ys.sort(null);
        int left = xs.get(xs.size() / 20);
        int top = ys.get(ys.size() / 20);
        return new Drawn(scene, pixels, new Rectangle(left, top, xs.get(xs.size() * 19 / 20) - left,
                ys.get(ys.size() * 19 / 20) - top), with, placement);
    }
}
