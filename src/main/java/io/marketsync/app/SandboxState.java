package io.marketsync.app;

import java.util.Map;
import java.util.UUID;

/** Where a sandbox run keeps its state: a fresh in-memory database, like the fresh simulators. */
final class SandboxState {

    private SandboxState() {}

    static Map<String, String> settings(Settings settings) {
        return Map.of(
                "marketsync.db.url",
                "jdbc:h2:mem:marketsync-sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "marketsync.db.user",
                "",
                "marketsync.db.password",
                "",
                "marketsync.data.dir",
                settings.path("marketsync.data.dir").resolve("sandbox").toString());
    }
}
