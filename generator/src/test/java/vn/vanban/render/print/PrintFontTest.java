package vn.vanban.render.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Fonts: the bundled face covers Vietnamese; a font that does not is refused by name of the first missing letter. */
class PrintFontTest {
    @Test
    void theBundledFacesHaveEveryVietnameseLetter() {
        assertEquals(174, PrintFont.VIETNAMESE_LETTERS.length(), "87 letters (a–z, đ, 12 vowels × 5 tones) in both cases");
        assertEquals(-1, PrintFont.bundled().display().metrics().firstMissing(PrintFont.VIETNAMESE_LETTERS));
        assertEquals(-1, PrintFont.bundled().text().metrics().firstMissing(PrintFont.VIETNAMESE_LETTERS));
        assertEquals("BeVietnamPro-ExtraBold.ttf", PrintFont.bundled().display().name());
    }

    @Test
    void aLatinOnlyFontIsRefusedNamingTheMissingLetter() {
        PrintException e = assertThrows(PrintException.class,
                () -> PrintFont.load(Path.of("generator/src/test/resources/fonts/PermanentMarker-Regular.ttf")));
        assertTrue(e.getMessage().contains("has no glyph for U+0111 'đ'"), e.getMessage());
    }

    @Test
    void bytesThatAreNoFontAreRefused() {
        PrintException e = assertThrows(PrintException.class, () -> PrintFont.of(new byte[] {1, 2, 3}, "broken.ttf"));
        assertTrue(e.getMessage().contains("broken.ttf is not a TrueType or OpenType font"), e.getMessage());
    }
}
