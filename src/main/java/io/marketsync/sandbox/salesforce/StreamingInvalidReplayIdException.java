package io.marketsync.sandbox.salesforce;

/** A subscriber asked to resume after a replay id the bus no longer holds (expired) or never gave out. */
public final class StreamingInvalidReplayIdException extends Exception {

    private final long replayId;

    public StreamingInvalidReplayIdException(String channel, long replayId) {
        super("Replay id " + replayId + " is not available on " + channel);
        this.replayId = replayId;
    }

    public long replayId() {
        return replayId;
    }
}
