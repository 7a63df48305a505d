package io.marketsync.salesforce.metadata;

import java.nio.file.Path;

/** Metadata that can't be read or makes no sense; the message starts with {@code FILE:LINE:COLUMN:}. */
public class MetadataException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final int column;

    public MetadataException(Path file, int line, int column, String problem) {
        this(file, line, column, problem, null);
    }

    public MetadataException(Path file, int line, int column, String problem, Throwable cause) {
        super(file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + problem, cause);
        this.file = file;
        this.line = Math.max(line, 1);
        this.column = Math.max(column, 1);
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
