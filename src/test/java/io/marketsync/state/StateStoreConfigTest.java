package io.marketsync.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateStoreConfigTest {

    private final Path data = Path.of("/var/lib/marketsync");

    @Test
    void defaultsAreAnH2FileAndAKeyFileInTheDataDirectory() {
        StateStoreConfig c = StateStoreConfig.defaults(data);

        assertThat(c.url()).startsWith("jdbc:h2:file:/var/lib/marketsync/marketsync;").contains("AUTO_SERVER=TRUE");
        assertThat(c.secretKeyFile()).isEqualTo(Path.of("/var/lib/marketsync/secret.key"));
        assertThat(c.secretKey()).isNull();
        assertThat(c.retryPolicy()).isEqualTo(RetryPolicy.DEFAULT);
    }

    @Test
    void relativeDataDirectoryBecomesAbsoluteForH2() {
        assertThat(StateStoreConfig.defaults(Path.of("data")).url())
                .startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath() + "/marketsync;");
    }

    @Test
    void environmentSelectsPostgresAndTheSecretKey() {
        StateStoreConfig c = StateStoreConfig.fromEnvironment(
                Map.of(
                        "MARKETSYNC_DB_URL", "jdbc:postgresql://db:5432/marketsync",
                        "MARKETSYNC_DB_USER", "marketsync",
                        "MARKETSYNC_DB_PASSWORD", "pw-from-env",
                        "MARKETSYNC_SECRET_KEY", "a2V5"),
                data);

        assertThat(c.url()).isEqualTo("jdbc:postgresql://db:5432/marketsync");
        assertThat(c.user()).isEqualTo("marketsync");
        assertThat(c.password()).isEqualTo("pw-from-env");
        assertThat(c.secretKey()).isEqualTo("a2V5");
        assertThat(c.secretKeyFile()).isEqualTo(data.resolve("secret.key"));
    }

    @Test
    void emptyEnvironmentMeansDefaults() {
        assertThat(StateStoreConfig.fromEnvironment(Map.of("MARKETSYNC_DB_URL", " "), data))
                .isEqualTo(StateStoreConfig.defaults(data));
    }

    @Test
    void passwordsInUrlsAreMasked() {
        assertThat(config("jdbc:postgresql://db/ms?user=app&password=hunter2&ssl=true").maskedUrl())
                .isEqualTo("jdbc:postgresql://db/ms?user=app&password=***&ssl=true");
        assertThat(config("jdbc:postgresql://app:hunter2@db:5432/ms").maskedUrl())
                .isEqualTo("jdbc:postgresql://app:***@db:5432/ms");
        assertThat(config("jdbc:h2:file:/d/ms;USER=sa;PASSWORD=hunter2;AUTO_SERVER=TRUE").maskedUrl())
                .isEqualTo("jdbc:h2:file:/d/ms;USER=sa;PASSWORD=***;AUTO_SERVER=TRUE");
    }

    @Test
    void toStringHidesEverySecret() {
        StateStoreConfig c = new StateStoreConfig(
                "jdbc:postgresql://db/ms?password=hunter2",
                "app",
                "pw-secret",
                data,
                "key-secret",
                RetryPolicy.DEFAULT);

        assertThat(c.toString())
                .contains("password=***")
                .doesNotContain("hunter2")
                .doesNotContain("pw-secret")
                .doesNotContain("key-secret");
    }

    private StateStoreConfig config(String url) {
        return new StateStoreConfig(url, null, null, data.resolve("secret.key"), null, RetryPolicy.DEFAULT);
    }
}
