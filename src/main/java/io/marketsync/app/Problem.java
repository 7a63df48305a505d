package io.marketsync.app;

import java.nio.file.Path;

/** One problem in the project's routes, mappings or Salesforce metadata, printed as FILE:LINE:COLUMN: message. */
public record Problem(Path file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
