package vn.vanban.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vanban} command: one CLI, one set of option names and exit codes. */
@Command(name = "vanban", mixinStandardHelpOptions = true, version = "vanban 0.1.0",
        description = {"Vietnamese official documents (Nghị định 30/2020/NĐ-CP) from one event file: DOCX and PDF.",
                "Exit codes everywhere: 0 ok, 1 rule or format findings, 2 bad input, 3 internal error.",
                "--debug (before or after the command) or VANBAN_DEBUG=1 prints the stack trace of an internal error."})
public final class Main implements Runnable {
    /**
     * The subcommands, by name, in the order the usage lists them. Only the one a run names is built:
     * picocli reads a command's options by reflection, and reading all ten took a tenth of a second of
     * every start.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("render", RenderCommand::new);
        COMMANDS.put("kit", KitCommand::new);
        COMMANDS.put("new", NewCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("audit", AuditCommand::new);
        COMMANDS.put("print", PrintCommand::new);
        COMMANDS.put("delegates", DelegatesCommand::new);
        COMMANDS.put("text", TextCommand::new);
        COMMANDS.put("schema", SchemaCommand::new);
        COMMANDS.put("bench", BenchCommand::new);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = InternalErrors.debugRequested(args, System.getenv("VANBAN_DEBUG"));
        args = InternalErrors.withoutDebugFlag(args);
        configureLibraries();
        CommandLine cl = new CommandLine(new Main());
        addSubcommands(cl, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, argv) -> {
            CommandLine c = ex.getCommandLine();
            if (String.valueOf(ex.getMessage()).contains("InvalidPathException")) {
                c.getErr().println("vanban: error: a file name cannot be read in this locale (" + System.getProperty("sun.jnu.encoding")
                        + "): run vanban with a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (./vanban does this itself).");
                return ExitCode.BAD_INPUT;
            }
            c.getErr().println("vanban: error: " + ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                c.getErr().println("  Did you mean: " + String.join(" or ", u.getSuggestions()) + "?");
            }
            c.getErr().println("  See ./" + c.getCommandSpec().qualifiedName() + " --help for the options.");
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> InternalErrors.report(ex, debug, line.getErr()));
        try {
            return cl.execute(args);
        } catch (Throwable t) { // an Error (out of memory, stack overflow) escapes picocli's handler
            return InternalErrors.report(t, debug, err);
        }
    }

    /**
     * Adds the subcommand the arguments name, or every subcommand when they name none (the usage,
     * {@code --help}, a mistyped name that picocli answers with suggestions).
     */
    private static void addSubcommands(CommandLine cl, String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                Supplier<Object> named = COMMANDS.get(a);
                if (named != null) {
                    cl.addSubcommand(a, named.get());
                    return;
                }
                break;
            }
        }
        COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
    }

    /**
     * POI logs through Log4j; with no Log4j configured it would print set-up noise on stderr. Also
     * the settings that make the libraries start faster.
     */
    private static void configureLibraries() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        System.setProperty("java.awt.headless", "true");
        // ICU would list its locales by walking every entry of the jar (about 12 ms of a cold run);
        // its data ships the list, which this reads instead.
        System.setProperty("com.ibm.icu.impl.ICUResourceBundle.skipRuntimeLocaleResourceScan", "true");
    }
}
