package io.marketsync.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreOpenFailureTest {

    @TempDir
    Path dir;

    @Test
    void unreachableDatabaseIsReportedWithoutItsPassword() {
        StateStoreConfig config = new StateStoreConfig(
                "jdbc:postgresql://127.0.0.1:1/ms?password=url-secret&connectTimeout=2",
                "app",
                "field-secret",
                dir.resolve("secret.key"),
                null,
                RetryPolicy.DEFAULT);

        Throwable thrown = catchThrowable(() -> JdbcStateStore.open(config));

        assertThat(thrown)
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/ms?password=***");
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage()))
                    .doesNotContain("url-secret")
                    .doesNotContain("field-secret");
        }
    }
}
