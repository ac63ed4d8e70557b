package io.tvpbench.cli;

import io.tvpbench.results.ResultFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The {@code scripts/tvp} entry point. Exit codes everywhere: 0 ok, 1 regression found, 2 usage or bad input,
 * the latter with one clear line on stderr and never a stack trace.
 */
@Command(name = "tvp", mixinStandardHelpOptions = true, versionProvider = Tvp.Version.class,
        description = "Threads, virtual threads, async or processes? Benchmarks, reports and regression tracking.",
        subcommands = {CommandLine.HelpCommand.class, RunCommand.class, ReportCommand.class, CompareCommand.class,
                AbCommand.class, BaselineCommand.class})
public final class Tvp {

    /** Exit code: success, no regression. */
    public static final int OK = 0;
    /** Exit code: a regression was found. */
    public static final int REGRESSION = 1;
    /** Exit code: usage error or bad input. */
    public static final int BAD_INPUT = 2;

    private Tvp() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, with exit-code mapping and one-line error reporting. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Tvp());
        cli.setExitCodeExceptionMapper(t -> BAD_INPUT);
        cli.setParameterExceptionHandler((e, ignored) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("tvp: " + e.getMessage() + " (see " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (isBadInput(e)) {
                commandLine.getErr().println("tvp: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return cli;
    }

    private static boolean isBadInput(Exception e) {
        return e instanceof IllegalArgumentException
                || e instanceof ResultFormatException
                || e instanceof UncheckedIOException
                || e instanceof BadInputException;
    }

    /** Reports the version from the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Tvp.class.getPackage().getImplementationVersion();
            return new String[]{"tvp-bench " + (v == null ? "dev" : v) + " on JDK " + Runtime.version()};
        }
    }
}
