package io.marketsync.app;

import io.marketsync.state.JdbcStateStore;
import io.marketsync.state.RetryPolicy;
import io.marketsync.state.StateStore;
import io.marketsync.state.StateStoreConfig;

/** Opens the state store the settings describe: embedded H2 under the data directory unless a URL is set. */
final class StateStores {

    private StateStores() {}

    static StateStore open(Settings settings) {
        return JdbcStateStore.open(config(settings));
    }

    static StateStoreConfig config(Settings settings) {
        StateStoreConfig defaults = StateStoreConfig.defaults(settings.path("marketsync.data.dir"));
        RetryPolicy retry = new RetryPolicy(
                settings.duration("marketsync.failed.retry.initial"),
                settings.decimal("marketsync.failed.retry.multiplier"),
                settings.duration("marketsync.failed.retry.max"));
        return settings.find("marketsync.db.url")
                .map(url -> new StateStoreConfig(
                        url,
                        settings.find("marketsync.db.user").orElse(null),
                        settings.find("marketsync.db.password").orElse(null),
                        defaults.secretKeyFile(),
                        settings.find("marketsync.secret.key").orElse(null),
                        retry))
                .orElseGet(() -> new StateStoreConfig(
                        defaults.url(),
                        defaults.user(),
                        defaults.password(),
                        defaults.secretKeyFile(),
                        settings.find("marketsync.secret.key").orElse(null),
                        retry));
    }
}
