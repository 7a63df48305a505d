package io.marketsync.mapping;

/** A record that cannot be mapped: the message is the reason stored with the failure. */
final class UnmappableValueException extends Exception {

    UnmappableValueException(String reason) {
        super(reason, null, false, false);
    }
}
