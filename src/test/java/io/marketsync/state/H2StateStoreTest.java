package io.marketsync.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state store on its default database: an embedded H2 file under the data directory. */
class H2StateStoreTest extends AbstractStateStoreTest {

    @Override
    StateStoreConfig emptyDatabase(Path dir) {
        return StateStoreConfig.defaults(dir);
    }

    @Override
    void dropDatabase() {
        // The database is a file in the test's temporary directory.
    }

    @Test
    void reopeningTheSameFileKeepsEveryKindOfState() {
        StateStore first = JdbcStateStore.open(config, clock);
        first.watermarks().set("aws-agreements", "2025-03-01T00:00:00Z");
        first.commitPage(page("aws-agreements", null, fingerprint("agmt-1", "h1")));
        first.failedRecords().record(failure("aws-agreements", "agmt-2"));
        long run = first.runs().start("aws-agreements");
        first.replayIds().set("/data/OpportunityChangeEvent", 99);
        first.credentials().put("salesforce.refreshToken", "token");
        first.close();

        StateStore reopened = open(StateStoreConfig.defaults(dir));

        assertThat(reopened.watermarks().get("aws-agreements")).contains("2025-03-01T00:00:00Z");
        assertThat(reopened.fingerprints().find("Marketplace_Agreement__c", List.of("agmt-1")))
                .containsOnlyKeys("agmt-1");
        assertThat(reopened.failedRecords().count("aws-agreements")).isEqualTo(1);
        assertThat(reopened.runs().get(run)).isPresent();
        assertThat(reopened.replayIds().get("/data/OpportunityChangeEvent")).contains(99L);
        assertThat(reopened.credentials().get("salesforce.refreshToken")).contains("token");
    }

    @Test
    void defaultDatabaseIsAFileInTheDataDirectory() {
        open();

        assertThat(dir.resolve("marketsync.mv.db")).exists();
        assertThat(config.secretKeyFile()).isEqualTo(dir.toAbsolutePath().resolve("secret.key"));
    }
}
