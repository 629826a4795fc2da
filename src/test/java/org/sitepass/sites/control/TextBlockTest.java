package org.sitepass.sites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlockTest {

    private static final float WIDTH = 500;
    private static final TextBlock.Style VENUE = new TextBlock.Style(PosterCanvas.Face.TEXT, 26, 13, 3, Color.BLACK);

    /** Every character an em wide, and whatever is drawn remembered. */
    private static final class EmCanvas implements PosterCanvas {

        final List<Float> baselines = new ArrayList<>();

        @Override
        public float width(String text, Face face, float size) {
            return text.codePointCount(0, text.length()) * size;
        }

        @Override
        public void text(String text, Face face, float size, Color color, float x, float baseline) {
            baselines.add(baseline);
        }

        @Override
        public void fill(Color color, float x, float y, float width, float height) {
        }

        @Override
        public void qr(BitMatrix modules, float x, float y, float size) {
        }
    }

    @Test
    void aLongNameShrinksOntoAtMostThreeLinesAndKeepsEveryCharacter() throws Exception {
        EmCanvas canvas = new EmCanvas();
        String name = "上海市虹口区四川北路街道某某超市连锁有限公司第一百二十三分店".repeat(3)
                + "生鲜食品便利服务中心";
        assertEquals(100, name.length());
        TextBlock block = TextBlock.fit(canvas, name, VENUE, WIDTH);
        assertEquals(3, block.lines().size());
        assertEquals(name, String.join("", block.lines()));
        assertTrue(block.size() < VENUE.largest() && block.size() >= VENUE.smallest(), "size " + block.size());
        for (String line : block.lines()) {
            assertTrue(canvas.width(line, VENUE.face(), block.size()) <= WIDTH, line);
        }
    }

    @Test
    void aShortNameKeepsTheLargestSizeOnOneLine() throws Exception {
        TextBlock block = TextBlock.fit(new EmCanvas(), "  虹口区某某咖啡馆\n", VENUE, WIDTH);
        assertEquals(List.of("虹口区某某咖啡馆"), block.lines());
        assertEquals(VENUE.largest(), block.size());
    }

    @Test
    void wrappedLinesAreBalancedAndBreakBetweenEnglishWords() throws Exception {
        TextBlock.Style style = new TextBlock.Style(PosterCanvas.Face.TEXT, 20, 20, 2, Color.BLACK);
        TextBlock block = TextBlock.fit(new EmCanvas(), "aaaa bbbb cccc dddd eeee ffff", style, WIDTH);
        assertEquals(List.of("aaaa bbbb cccc", "dddd eeee ffff"), block.lines());
    }

    @Test
    void textTooLongEvenAtTheSmallestSizeIsCutWithAnEllipsis() throws Exception {
        EmCanvas canvas = new EmCanvas();
        TextBlock block = TextBlock.fit(canvas, "超".repeat(200), VENUE, WIDTH);
        assertEquals(3, block.lines().size());
        assertEquals(VENUE.smallest(), block.size());
        String last = block.lines().get(2);
        assertTrue(last.endsWith("…"), last);
        assertTrue(canvas.width(last, VENUE.face(), block.size()) <= WIDTH, last);
    }

    @Test
    void theVenueNameNeverReachesTheQrCode() throws Exception {
        EmCanvas canvas = new EmCanvas();
        PosterContent longest = PostersTest.venue("超".repeat(200), "310109-0000001-9");
        PosterLayout.draw(longest, PostersTest.WORDING, canvas);
        List<Float> venueBaselines = canvas.baselines.stream()
                .filter(y -> y > PosterLayout.VENUE_TOP && y < PosterLayout.QR_TOP + PosterLayout.QR_SIZE)
                .toList();
        assertEquals(3, venueBaselines.size());
        assertTrue(venueBaselines.get(2) < PosterLayout.QR_TOP - 10, "last baseline " + venueBaselines.get(2));
    }
}
