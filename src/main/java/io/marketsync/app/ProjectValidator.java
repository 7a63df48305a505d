package io.marketsync.app;

import io.marketsync.mapping.Mapping;
import io.marketsync.mapping.MappingLoader;
import io.marketsync.mapping.MappingProblem;
import io.marketsync.salesforce.metadata.MetadataException;
import io.marketsync.salesforce.metadata.OrgSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code validate} checks, and {@code run} / {@code sync} check before they start: route
 * files, mapping files, and each mapping's target object and fields against the SFDX project.
 */
public final class ProjectValidator {

    private ProjectValidator() {}

    public static List<Problem> validate(Settings settings) {
        Path routes = settings.path("marketsync.routes.dir");
        Path mappings = settings.path("marketsync.mappings.dir");
        Path salesforce = settings.path("marketsync.salesforce.dir");
        List<Problem> problems = new ArrayList<>(RouteValidator.validate(routes, mappings, settings.asMap()));
        if (!Files.isDirectory(mappings)) {
            problems.add(new Problem(mappings, 1, 1, "mappings directory not found"));
            return problems;
        }
        MappingLoader loader = new MappingLoader();
        List<MappingProblem> mappingProblems = loader.validateDirectory(mappings);
        mappingProblems.forEach(p -> problems.add(new Problem(Path.of(p.file()), p.line(), p.column(), p.message())));
        if (!mappingProblems.isEmpty()) {
            return problems;
        }
        OrgSchema schema;
        try {
            schema = OrgSchema.load(salesforce);
        } catch (MetadataException e) {
            problems.add(new Problem(salesforce, 1, 1, e.getMessage()));
            return problems;
        }
        MappingTargetValidator targets = new MappingTargetValidator(schema);
        for (Mapping mapping : loader.loadDirectory(mappings)) {
            problems.addAll(targets.validate(mapping));
        }
        return problems;
    }

    /** One line saying what was checked, printed when nothing is wrong. */
    public static String summary(Settings settings) {
        Path mappings = settings.path("marketsync.mappings.dir");
        return "OK: " + RouteValidator.countFiles(settings.path("marketsync.routes.dir")) + " route files, "
                + MappingLoader.mappingFiles(mappings).size() + " mappings checked against "
                + settings.path("marketsync.salesforce.dir");
    }
}
