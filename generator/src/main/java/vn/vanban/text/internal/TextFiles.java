package vn.vanban.text.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading text files (or stdin) and writing them atomically, for the text command line.
 *
 * <pre>{@code
 * String s = TextFiles.decodeUtf8(bytes);            // null if the bytes are not UTF-8
 * }</pre>
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** All bytes of a file, or of {@code stdin} for "-". */
    public static byte[] read(String file, InputStream stdin) throws IOException {
        return "-".equals(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
    }

    /** Strict UTF-8 decoding (a leading BOM is kept for the normaliser to report); null if not valid UTF-8. */
    public static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Bytes as Windows-1252, the way legacy-font documents were read. */
    public static String decodeWindows1252(byte[] bytes) {
        return new String(bytes, Charset.forName("windows-1252"));
    }

    /** 1-based {line, column} of a char offset; column counts code points; CR LF, LF and CR end a line. */
    public static int[] lineColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int col = text.codePointCount(lineStart, Math.min(offset, text.length())) + 1;
        return new int[] {line, col};
    }
}
