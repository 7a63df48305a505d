package io.marketsync.state;

/** A stored credential was encrypted under another secret key than the configured one. */
public class SecretKeyMismatchException extends StateStoreException {

    public SecretKeyMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
