package io.marketsync.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeysTest {

    @TempDir
    Path dir;

    @Test
    void configuredKeyWinsOverTheKeyFile() {
        byte[] key = new byte[32];
        key[0] = 7;

        assertThat(SecretKeys.load(config(Base64.getEncoder().encodeToString(key)))
                        .getEncoded())
                .isEqualTo(key);
        assertThat(dir.resolve("keys/secret.key")).doesNotExist();
    }

    @Test
    void keyFileIsCreatedInMissingDirectoriesAndReadBack() {
        byte[] created = SecretKeys.load(config(null)).getEncoded();

        assertThat(created).hasSize(32);
        assertThat(SecretKeys.load(config(null)).getEncoded()).isEqualTo(created);
        assertThat(dir.resolve("keys")).isDirectoryContaining(p -> p.getFileName().toString().equals("secret.key"));
        assertThat(dir.resolve("keys")).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void keyThatIsNotBase64IsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> SecretKeys.load(config("not*base64*at-all")))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining("MARKETSYNC_SECRET_KEY")
                .hasMessageContaining("base64")
                .hasMessageNotContaining("not*base64*at-all")
                .hasNoCause();
    }

    @Test
    void keyOfTheWrongLengthIsRefused() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> SecretKeys.load(config(shortKey)))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageContaining("16 bytes")
                .hasMessageNotContaining(shortKey);
    }

    @Test
    void damagedKeyFileIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("keys/secret.key");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[20]));

        assertThatThrownBy(() -> SecretKeys.load(config(null)))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file.toString());
    }

    private StateStoreConfig config(String secretKey) {
        return new StateStoreConfig(
                "jdbc:h2:mem:unused", "sa", "", dir.resolve("keys/secret.key"), secretKey, RetryPolicy.DEFAULT);
    }
}
