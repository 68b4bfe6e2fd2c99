/**
 * The {@code vanban} command and its subcommands: one set of option names, one set of exit codes
 * ({@link vn.vanban.cli.ExitCode}), output written atomically ({@link vn.vanban.cli.OutputFiles}).
 */
package vn.vanban.cli;
