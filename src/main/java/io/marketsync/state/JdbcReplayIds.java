package io.marketsync.state;

import java.time.Clock;
import java.util.Optional;

final class JdbcReplayIds implements ReplayIds {

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcReplayIds(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Long> get(String channel) {
        return jdbc.read(
                "read the replay id of channel " + channel,
                c -> Jdbc.queryFirst(
                        c, "SELECT replay_id FROM replay_id WHERE channel = ?", rs -> rs.getLong(1), channel));
    }

    @Override
    public void set(String channel, long replayId) {
        jdbc.inTransaction("store the replay id of channel " + channel, c -> {
            Jdbc.upsert(
                    c,
                    "UPDATE replay_id SET replay_id = ?, updated_at = ? WHERE channel = ?",
                    "INSERT INTO replay_id (replay_id, updated_at, channel) VALUES (?, ?, ?)",
                    replayId,
                    clock.instant(),
                    channel);
            return null;
        });
    }

    @Override
    public void reset(String channel) {
        jdbc.inTransaction(
                "reset the replay id of channel " + channel,
                c -> Jdbc.update(c, "DELETE FROM replay_id WHERE channel = ?", channel));
    }
}
