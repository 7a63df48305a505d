package io.marketsync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsDocumentEveryTunable() {
        Settings settings = Settings.defaults();
        assertThat(settings.get("marketsync.routes.dir")).isEqualTo("routes");
        assertThat(settings.integer("marketsync.salesforce.bulk-threshold")).isEqualTo(2000);
        assertThat(settings.decimal("marketsync.salesforce.api-budget.pause-at"))
                .isEqualTo(0.80);
        assertThat(settings.duration("marketsync.failed.retry.initial")).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.find("marketsync.db.url")).isEmpty();
    }

    @Test
    void fileOverridesDefaultsAndEnvironmentOverridesFile() throws Exception {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, "marketsync.salesforce.bulk-threshold=500\nmarketsync.db.url=jdbc:h2:mem:x\n");
        Settings settings = Settings.load(Optional.of(file), Map.of("MARKETSYNC_DB_URL", "jdbc:postgresql://db/ms"));
        assertThat(settings.integer("marketsync.salesforce.bulk-threshold")).isEqualTo(500);
        assertThat(settings.get("marketsync.db.url")).isEqualTo("jdbc:postgresql://db/ms");
    }

    @Test
    void environmentNamesFollowTheKey() {
        assertThat(Settings.envName("marketsync.salesforce.api-budget.pause-at"))
                .isEqualTo("MARKETSYNC_SALESFORCE_API_BUDGET_PAUSE_AT");
        Settings settings = Settings.load(Optional.empty(), Map.of("MARKETSYNC_SECRET_KEY", "c2VjcmV0"));
        assertThat(settings.get("marketsync.secret.key")).isEqualTo("c2VjcmV0");
    }

    @Test
    void secretsAreMaskedWhenPrinted() {
        Settings settings = Settings.defaults()
                .with("marketsync.db.password", "hunter2")
                .with("marketsync.aws.secret-access-key", "wJalrXUtnFEMI");
        assertThat(settings.toString())
                .doesNotContain("hunter2")
                .doesNotContain("wJalrXUtnFEMI")
                .contains("******");
    }

    @Test
    void missingConfigFileAndBadValuesAreClearErrors() {
        assertThatThrownBy(() -> Settings.load(Optional.of(dir.resolve("nope.properties")), Map.of()))
                .hasMessageContaining("nope.properties");
        Settings bad = Settings.defaults().with("marketsync.salesforce.bulk-threshold", "lots");
        assertThatThrownBy(() -> bad.integer("marketsync.salesforce.bulk-threshold"))
                .hasMessageContaining("marketsync.salesforce.bulk-threshold")
                .hasMessageContaining("lots");
    }
}
