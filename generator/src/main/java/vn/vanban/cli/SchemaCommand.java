package vn.vanban.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.vanban.event.JsonSchemaWriter;

/** {@code vanban schema}: the event file's JSON Schema, for editors' autocompletion. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints the JSON Schema of event files (also in schema/event.schema.json).",
                "Editors use it to complete and check event files: the examples start with a yaml-language-server line naming it."})
public final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        String json = JsonSchemaWriter.write();
        if (output == null) {
            spec.commandLine().getOut().print(json);
        } else {
            OutputFiles.write(output, json.getBytes(StandardCharsets.UTF_8));
        }
        return ExitCode.OK;
    }
}
