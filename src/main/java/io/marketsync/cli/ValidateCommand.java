package io.marketsync.cli;

import io.marketsync.app.Problem;
import io.marketsync.app.ProjectValidator;
import io.marketsync.app.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code validate}: routes, mappings and Salesforce metadata; one FILE:LINE:COLUMN line per problem. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check routes, mappings and Salesforce metadata")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--routes", paramLabel = "DIR", description = "Routes directory (default: routes)")
    Path routes;

    @Option(names = "--mappings", paramLabel = "DIR", description = "Mappings directory (default: mappings)")
    Path mappings;

    @Option(names = "--salesforce", paramLabel = "DIR", description = "SFDX project directory (default: salesforce)")
    Path salesforce;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (routes != null) {
            overrides.put("marketsync.routes.dir", routes.toString());
        }
        if (mappings != null) {
            overrides.put("marketsync.mappings.dir", mappings.toString());
        }
        if (salesforce != null) {
            overrides.put("marketsync.salesforce.dir", salesforce.toString());
        }
        Settings settings = Settings.load(Optional.empty(), System.getenv()).with(overrides);
        List<Problem> problems = ProjectValidator.validate(settings);
        problems.forEach(spec.commandLine().getOut()::println);
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println(ProjectValidator.summary(settings));
        }
        spec.commandLine().getOut().flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FATAL;
    }
}
