package io.marketsync.cli;

/** Exit codes of the command line. */
final class ExitCodes {

    static final int OK = 0;
    /** A fatal error, or an invalid project ({@code validate}). */
    static final int FATAL = 1;
    /** {@code sync --once}: some records failed. */
    static final int RECORDS_FAILED = 2;

    private ExitCodes() {}
}
