package io.marketsync.mapping;

import java.util.List;
import java.util.stream.Collectors;

/** A mapping file that failed validation; {@link #problems()} lists every error with its position. */
public class MappingInvalidException extends RuntimeException {

    private final transient List<MappingProblem> problems;

    public MappingInvalidException(List<MappingProblem> problems) {
        super(problems.stream().map(MappingProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<MappingProblem> problems() {
        return problems;
    }
}
