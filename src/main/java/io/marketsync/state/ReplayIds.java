package io.marketsync.state;

import java.util.Optional;

/** The last processed streaming replay id per Salesforce channel. */
public interface ReplayIds {

    Optional<Long> get(String channel);

    void set(String channel, long replayId);

    void reset(String channel);
}
