package io.marketsync.state;

import java.util.Optional;

/** Secrets (refresh tokens, client secrets) stored encrypted with AES-GCM; deleting them is immediate. */
public interface Credentials {

    void put(String name, String secret);

    Optional<String> get(String name);

    void delete(String name);
}
