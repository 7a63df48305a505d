package io.marketsync.state;

import java.time.Clock;
import java.util.Optional;

final class JdbcCredentials implements Credentials {

    private final Jdbc jdbc;
    private final Clock clock;
    private final CredentialCipher cipher;

    JdbcCredentials(Jdbc jdbc, Clock clock, CredentialCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    @Override
    public void put(String name, String secret) {
        CredentialCipher.Sealed sealed = cipher.encrypt(name, secret);
        jdbc.inTransaction("store credential '" + name + "'", c -> {
            Jdbc.upsert(
                    c,
                    "UPDATE credential SET ciphertext = ?, iv = ?, updated_at = ? WHERE name = ?",
                    "INSERT INTO credential (ciphertext, iv, updated_at, name) VALUES (?, ?, ?, ?)",
                    sealed.ciphertext(),
                    sealed.iv(),
                    clock.instant(),
                    name);
            return null;
        });
    }

    @Override
    public Optional<String> get(String name) {
        return jdbc.read(
                        "read credential '" + name + "'",
                        c -> Jdbc.queryFirst(
                                c,
                                "SELECT iv, ciphertext FROM credential WHERE name = ?",
                                rs -> new CredentialCipher.Sealed(rs.getBytes("iv"), rs.getBytes("ciphertext")),
                                name))
                .map(sealed -> cipher.decrypt(name, sealed));
    }

    @Override
    public void delete(String name) {
        jdbc.inTransaction(
                "delete credential '" + name + "'", c -> Jdbc.update(c, "DELETE FROM credential WHERE name = ?", name));
    }
}
