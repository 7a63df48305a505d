package io.marketsync.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code validate} checks, and {@code run} checks before it starts: route files, mapping
 * files, and each mapping's target object and fields against the SFDX project.
 */
public final class ProjectValidator {

    private ProjectValidator() {}

    public static List<Problem> validate(Settings settings) {
        Path routes = settings.path("marketsync.routes.dir");
        Path mappings = settings.path("marketsync.mappings.dir");
        List<Problem> problems = new ArrayList<>(RouteValidator.validate(routes, mappings, settings.asMap()));
        return problems;
    }

    /** One line saying what was checked, printed when nothing is wrong. */
    public static String summary(Settings settings) {
        return "OK: " + RouteValidator.countFiles(settings.path("marketsync.routes.dir")) + " route files";
    }
}
