package io.marketsync.aws;

/** Reads an API page by page from a stored watermark. */
interface PageSource {

    /**
     * Hands pages to {@code sink} in order, starting after {@code watermark} (null: from the
     * beginning), until there are no more or the sink answers false (a page failed, or the poll
     * has emitted enough). A page may be empty when only the watermark moves.
     */
    void read(String watermark, Sink sink) throws Exception;

    /** Takes one page; false stops the reading. */
    @FunctionalInterface
    interface Sink {
        boolean accept(Page page) throws Exception;
    }
}
