package io.marketsync.mapping;

/** A 1-based line and column in a mapping file. */
public record SourcePosition(int line, int column) {

    static final SourcePosition START = new SourcePosition(1, 1);
}
