package vn.vanban.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.text.LegacyEncoding;
import vn.vanban.text.Nd30Format;
import vn.vanban.text.NumberWords;
import vn.vanban.text.TextNormalizer;
import vn.vanban.text.ToneStyle;
import vn.vanban.text.internal.TextFiles;

/**
 * {@code vanban text}: the Vietnamese text toolkit on the command line (normalise, convert legacy encodings,
 * spell numbers, ND30 dates).
 *
 * <pre>{@code
 * new CommandLine(new TextCommand()).execute("spell", "1.005.000", "--money");
 * // prints "Một triệu không trăm linh năm nghìn đồng"
 * }</pre>
 * Exit codes: 0 ok, 1 findings (normalize --check), 2 bad input (a message on stderr starting "vanban: error: ").
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Vietnamese text tools: normalise input, convert TCVN3/VNI/VIQR, spell numbers, ND30 dates.",
        subcommands = {TextCommand.Normalize.class, TextCommand.Convert.class, TextCommand.Spell.class,
            TextCommand.DateLine.class})
public class TextCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    /** Where "-" reads from; tests may replace it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("vanban: error: give a subcommand: normalize, convert, spell or date (see vanban text --help)");
        return BAD_INPUT;
    }

    static int fail(CommandSpec spec, String message) {
        spec.commandLine().getErr().println("vanban: error: " + message);
        spec.commandLine().getErr().flush();
        return BAD_INPUT;
    }

    static String displayName(String file) {
        return "-".equals(file) ? "<stdin>" : file;
    }

    /** Reads FILE or stdin; on failure prints the error and returns null. */
    static byte[] readInput(CommandSpec spec, TextCommand parent, String file) {
        try {
            return TextFiles.read(file, parent.stdin);
        } catch (NoSuchFileException e) {
            fail(spec, file + ": no such file; give the path of a text file, or - for standard input");
        } catch (IOException e) {
            fail(spec, file + ": cannot read (" + e.getMessage() + ")");
        }
        return null;
    }

    /** Writes to OUT atomically, or to stdout; returns false after printing the error. */
    static boolean writeOutput(CommandSpec spec, Path out, String text) {
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(text);
            w.flush();
            return true;
        }
        try {
            OutputFiles.write(out, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            fail(spec, out + ": cannot write (" + e.getMessage() + "); check that the folder exists and is writable");
            return false;
        }
    }

    /** {@code text normalize}. */
    @Command(name = "normalize", mixinStandardHelpOptions = true,
            description = "Print the text in NFC with zero-width, control and no-break characters and stray spaces"
                    + " cleaned; each fix is a warning on stderr.")
    static class Normalize implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.ParentCommand
        TextCommand parent;
        @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE", description = "UTF-8 text file, or - for stdin (default).")
        String file;
        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here (atomically) instead of stdout.")
        Path out;
        @Option(names = "--tone", paramLabel = "old|new", description = "Also put tone marks in this style: old (hòa, default of the decree) or new (hoà). Words with a capital letter (names, places, CỘNG HÒA) are kept as typed; the number of words changed is reported.")
        String tone;
        @Option(names = "--check", description = "Exit 1 if anything needed fixing.")
        boolean check;

        @Override
        public Integer call() {
            ToneStyle style = null;
            if (tone != null) {
                switch (tone.toLowerCase(Locale.ROOT)) {
                    case "old" -> style = ToneStyle.OLD;
                    case "new" -> style = ToneStyle.NEW;
                    default -> {
                        return fail(spec, "--tone must be old or new, not \"" + tone + "\"");
                    }
                }
            }
            byte[] bytes = readInput(spec, parent, file);
            if (bytes == null) {
                return BAD_INPUT;
            }
            String text = TextFiles.decodeUtf8(bytes);
            if (text == null) {
                return fail(spec, displayName(file) + ": not UTF-8 text; if it comes from a .VnTime or VNI font,"
                        + " run vanban text convert first");
            }
            TextNormalizer.Result r = TextNormalizer.normalize(text);
            PrintWriter err = spec.commandLine().getErr();
            vn.vanban.text.internal.LineCursor cursor = new vn.vanban.text.internal.LineCursor(text);
            for (TextNormalizer.Fix f : r.fixes()) {
                int[] lc = cursor.at(f.offset());
                err.println(displayName(file) + ":" + lc[0] + ":" + lc[1] + ": warning: " + f.detail());
            }
            err.flush();
            String result = r.text();
            if (style != null) {
                ToneStyle.Result toned = style.convertCommonWords(result);
                result = toned.text();
                err.println(displayName(file) + ": tone marks: " + toned.changed() + " word"
                        + (toned.changed() == 1 ? "" : "s") + " changed to the " + tone.toLowerCase(Locale.ROOT)
                        + " style" + (toned.first() == null ? "" : " (first: " + toned.first() + ")")
                        + "; words with a capital letter kept as typed");
                err.flush();
            }
            if (!writeOutput(spec, out, result)) {
                return BAD_INPUT;
            }
            return check && r.changed() ? FINDINGS : OK;
        }
    }

    /** {@code text convert}. */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Convert TCVN3 (.VnTime), VNI (VNI-Times) or VIQR text to Unicode NFC.")
    static class Convert implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.ParentCommand
        TextCommand parent;
        @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE", description = "Text file (UTF-8 or Windows-1252), or - for stdin (default).")
        String file;
        @Option(names = "--from", defaultValue = "auto", paramLabel = "auto|tcvn3|vni|viqr", description = "Source encoding (default: auto-detect).")
        String from;
        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here (atomically) instead of stdout.")
        Path out;

        @Override
        public Integer call() {
            String key = from.toLowerCase(Locale.ROOT);
            LegacyEncoding enc = null;
            if (!key.equals("auto")) {
                try {
                    enc = LegacyEncoding.valueOf(key.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    return fail(spec, "--from must be auto, tcvn3, vni or viqr, not \"" + from + "\"");
                }
            }
            byte[] bytes = readInput(spec, parent, file);
            if (bytes == null) {
                return BAD_INPUT;
            }
            String text = TextFiles.decodeUtf8(bytes);
            if (text == null) {
                text = TextFiles.decodeWindows1252(bytes);
            }
            String how = "given";
            int unicode = LegacyEncoding.firstUnicodeVietnamese(text);
            if (enc != null && unicode >= 0) {
                int[] lc = TextFiles.lineColumn(text, unicode);
                return fail(spec, displayName(file) + ":" + lc[0] + ":" + lc[1] + ": is already Unicode Vietnamese ('"
                        + text.charAt(unicode) + "'): converting it from " + enc + " would garble it. It needs no conversion;"
                        + " to clean it, run vanban text normalize");
            }
            if (enc == null) {
                Optional<LegacyEncoding> found = LegacyEncoding.detect(text);
                if (found.isEmpty()) {
                    return fail(spec, displayName(file) + ": found no TCVN3, VNI or VIQR text to convert (it looks like"
                            + " Unicode or plain ASCII already); if you know the encoding, give --from tcvn3|vni|viqr");
                }
                enc = found.get();
                how = "detected";
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println(displayName(file) + ": warning: converted from " + enc + " (" + how + ")");
            err.flush();
            return writeOutput(spec, out, enc.toUnicode(text)) ? OK : BAD_INPUT;
        }
    }

    /** {@code text spell}. */
    @Command(name = "spell", mixinStandardHelpOptions = true, description = "Write a whole number in Vietnamese words.")
    static class Spell implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NUMBER", description = "Digits, optionally grouped with dots: 1005000 or 1.005.000.")
        String number;
        @Option(names = "--money", description = "Money form: capital first letter and \" đồng\".")
        boolean money;
        @Option(names = "--le", description = "Say \"lẻ\" instead of \"linh\".")
        boolean le;
        @Option(names = "--ngan", description = "Say \"ngàn\" instead of \"nghìn\".")
        boolean ngan;

        @Override
        public Integer call() {
            String t = number.strip();
            if (!t.matches("-?\\d+") && !t.matches("-?\\d{1,3}(\\.\\d{3})+")) {
                return fail(spec, "\"" + number + "\" is not a whole number: write it as 1005000 or 1.005.000");
            }
            long n;
            try {
                n = Long.parseLong(t.replace(".", ""));
            } catch (NumberFormatException e) {
                return fail(spec, "\"" + number + "\" is too large: the limit is 9.223.372.036.854.775.807");
            }
            NumberWords w = NumberWords.standard();
            if (le) {
                w = w.withZeroTens("lẻ");
            }
            if (ngan) {
                w = w.withThousand("ngàn");
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println(money ? w.money(n) : w.cardinal(n));
            o.flush();
            return OK;
        }
    }

    /** {@code text date}. */
    @Command(name = "date", mixinStandardHelpOptions = true, description = "Print an ND30 date line (nd30 §1.3).")
    static class DateLine implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DATE", description = "ISO date, e.g. 2025-01-05.")
        String date;
        @Option(names = "--place", paramLabel = "PLACE", description = "Place name (địa danh), e.g. \"Hà Nội\".")
        String place;

        @Override
        public Integer call() {
            LocalDate d;
            try {
                d = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                return fail(spec, "\"" + date + "\" is not a date: write it as YYYY-MM-DD, e.g. 2025-01-05");
            }
            if (place != null && place.isBlank()) {
                return fail(spec, "--place is empty: give the province or unit name, e.g. --place \"Hà Nội\"");
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println(place == null ? Nd30Format.date(d) : Nd30Format.placeDate(place, d));
            o.flush();
            return OK;
        }
    }
}
