package io.marketsync.sandbox.salesforce;

import java.security.PublicKey;
import java.util.Optional;

/**
 * The External Client App the simulated org trusts: consumer key and secret, the user client
 * credentials run as, and the certificate's public key JWT bearer assertions are checked against.
 */
public record ConnectedApp(String clientId, String clientSecret, OrgUser runAsUser, Optional<PublicKey> jwtKey) {

    @Override
    public String toString() {
        return "ConnectedApp[" + clientId + ", runAs=" + runAsUser.username() + "]";
    }
}
