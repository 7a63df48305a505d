package io.marketsync.app;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when routes, mappings or Salesforce metadata are invalid: nothing starts. */
public final class InvalidProjectException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidProjectException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
