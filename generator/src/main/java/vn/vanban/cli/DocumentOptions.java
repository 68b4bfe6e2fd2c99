package vn.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Option;
import vn.vanban.Format;

/**
 * The options {@code render} and {@code kit} share, with the same names and meanings: where to
 * write, which formats, which templates, how quiet, how strict.
 */
final class DocumentOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Folder for the output files (created if needed). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", defaultValue = "docx,pdf",
            description = "Formats to write, comma-separated: docx, pdf, txt. Default: ${DEFAULT-VALUE}.")
    List<String> formats;

    @Option(names = {"-t", "--templates"}, paramLabel = "DIR",
            description = "A folder of templates (*.ftl) used before the bundled ones: copy templates/ and edit; its kinds.yaml may add document kinds.")
    Path templates;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and findings.")
    boolean quiet;

    @Option(names = "--strict", description = "Write nothing when the event breaks a rule (./vanban check); without it the documents are still written and the exit code is 1.")
    boolean strict;

    /** The formats asked for, or null after saying on {@code err} what is wrong. */
    Set<Format> formats(PrintWriter err) {
        Set<Format> fs = EnumSet.noneOf(Format.class);
        for (String f : formats) {
            Format parsed = Format.parse(f);
            if (parsed == null) {
                err.println("vanban: error: --format " + f + " is not a format: use docx, pdf or txt.");
                return null;
            }
            fs.add(parsed);
        }
        if (fs.isEmpty()) {
            err.println("vanban: error: --format names no format: use docx, pdf or txt (e.g. --format docx,pdf).");
            return null;
        }
        return fs;
    }
}
