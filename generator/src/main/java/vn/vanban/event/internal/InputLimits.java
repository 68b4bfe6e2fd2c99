package vn.vanban.event.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

import vn.vanban.event.Problem;

/**
 * The limits an event file must keep before it is composed into a tree: its size in bytes, its encoding, the
 * depth of its nesting and its size once every alias is expanded. A hostile or broken file is refused in
 * linear time with one located problem, instead of filling the memory or the stack.
 *
 * <pre>{@code
 * Problem p = InputLimits.checkBytes(path, bytes);          // null when fine
 * Problem q = InputLimits.checkStructure(path, text, settings);
 * }</pre>
 */
public final class InputLimits {
    /** The largest event file, in bytes: the biggest real plan is about 60 KB, a generated 1,000-page one about 4 MB. */
    public static final int MAX_FILE_BYTES = 8 << 20;
    /** The deepest nesting of groups and lists; the schema itself needs about 15. */
    public static final int MAX_DEPTH = 64;
    /** The largest size, in characters, of the file's values with every alias (*name) expanded. */
    public static final long MAX_EXPANDED_CHARS = 8L << 20;
    /** The most aliases to a group or a list (YAML's own "billion laughs" guard). */
    public static final int MAX_COLLECTION_ALIASES = 50;

    private InputLimits() {
    }

    /** A problem with the raw bytes (too large, UTF-16, not UTF-8), or null. */
    public static Problem checkBytes(Path path, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            return new Problem(path, 0, 0, "", "is " + kb(bytes.length) + "; an event file may be at most "
                    + kb(MAX_FILE_BYTES) + " (limit: event-file size)",
                    "Check that this is the event file; long texts belong in their own documents, not in one field.");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new Problem(path, 1, 1, "", "is UTF-16 text (it starts with a UTF-16 byte-order mark)",
                    "Save it as UTF-8 (in Notepad: Save As, Encoding UTF-8).");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Problem(path, lineOf(bytes, i), 0, "", "holds a NUL byte: it is UTF-16 text or not text at all",
                        "Save it as UTF-8 (in Notepad: Save As, Encoding UTF-8).");
            }
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            return new Problem(path, lineOf(bytes, at), 0, "", "is not UTF-8 text (byte " + (at + 1) + " is 0x"
                    + Integer.toHexString(bytes[at] & 0xFF).toUpperCase(java.util.Locale.ROOT) + ")",
                    "Save it as UTF-8 (in Notepad: Save As, Encoding UTF-8). Text in TCVN3 or VNI fonts: convert it first with ./vanban text convert.");
        }
        return null;
    }

    /**
     * A problem with the structure (nesting too deep, too large once aliases are expanded), or null. Reads the
     * YAML as a stream of events: no tree, no recursion. A syntax error is left for the composer to report.
     */
    public static Problem checkStructure(Path path, String text, LoadSettings settings) {
        if (text.length() > MAX_FILE_BYTES) {
            return new Problem(path, 0, 0, "", "is " + text.length() + " characters; an event file may be at most "
                    + MAX_FILE_BYTES + " (limit: event-file size)", "Check that this is the event file.");
        }
        Map<Anchor, Long> anchored = new HashMap<>();
        Deque<long[]> open = new ArrayDeque<>();
        Deque<Optional<Anchor>> anchors = new ArrayDeque<>();
        long total = 0;
        try {
            for (Event e : new Parse(settings).parseString(text)) {
                long size;
                Optional<String> tag = e instanceof ScalarEvent sc ? sc.getTag() : e instanceof CollectionStartEvent cs ? cs.getTag() : Optional.empty();
                if (tag.isPresent()) {
                    return located(path, e, "has a YAML tag (" + tag.get() + "), which event files do not use",
                            "Delete the tag (the word starting with !) and write the value alone; quote a text that starts with !.");
                }
                switch (e.getEventId()) {
                    case MappingStart, SequenceStart -> {
                        if (open.size() >= MAX_DEPTH) {
                            return located(path, e, "nests groups and lists more than " + MAX_DEPTH + " deep (limit: nesting depth)",
                                    "An event file needs a dozen levels at most: check the indentation and the [ ] { } brackets.");
                        }
                        open.push(new long[] {1});
                        anchors.push(((CollectionStartEvent) e).getAnchor());
                        continue;
                    }
                    case MappingEnd, SequenceEnd -> {
                        size = open.pop()[0];
                        Optional<Anchor> a = anchors.pop();
                        if (a.isPresent()) {
                            anchored.put(a.get(), size);
                        }
                    }
                    case Scalar -> {
                        size = 1 + ((ScalarEvent) e).getValue().length();
                        ((NodeEvent) e).getAnchor().ifPresent(x -> anchored.put(x, 1L + ((ScalarEvent) e).getValue().length()));
                    }
                    case Alias -> {
                        Anchor target = ((AliasEvent) e).getAlias();
                        if (anchors.contains(Optional.of(target))) {
                            return located(path, e, "*" + target.getValue() + " refers to a group or list that contains it (a recursive alias)",
                                    "An alias may only repeat something already complete: write the repeated part out.");
                        }
                        size = anchored.getOrDefault(target, 1L);
                    }
                    default -> {
                        continue;
                    }
                }
                if (open.isEmpty()) {
                    total += size;
                } else {
                    open.peek()[0] += size;
                }
                long running = total;
                for (long[] f : open) {
                    running += f[0];
                }
                if (e.getEventId() == Event.ID.Alias && running > MAX_EXPANDED_CHARS) {
                    return located(path, e, "grows to more than " + MAX_EXPANDED_CHARS / (1 << 20)
                            + " million characters once its aliases (*name) are expanded (limit: expanded size)",
                            "Repeat a text with an alias a few times at most; write each text where it belongs.");
                }
            }
        } catch (RuntimeException syntax) {
            return null; // reported, with its place, by the composer
        }
        return null;
    }

    private static Problem located(Path path, Event e, String message, String hint) {
        Optional<Mark> m = e.getStartMark();
        return new Problem(path, m.map(x -> x.getLine() + 1).orElse(0), m.map(x -> x.getColumn() + 1).orElse(0), "", message, hint);
    }

    private static int lineOf(byte[] b, int at) {
        int line = 1;
        for (int i = 0; i < at && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String kb(long bytes) {
        return bytes >= (1 << 20) ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0) : (bytes + 1023) / 1024 + " KB";
    }
}
