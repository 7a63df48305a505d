package io.marketsync.mapping;

/**
 * Something wrong in a mapping file, where it is.
 *
 * @param file the file as the user named it
 * @param line 1-based line
 * @param column 1-based column
 */
public record MappingProblem(String file, int line, int column, String message) {

    static MappingProblem at(String file, SourcePosition position, String message) {
        return new MappingProblem(file, position.line(), position.column(), message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
