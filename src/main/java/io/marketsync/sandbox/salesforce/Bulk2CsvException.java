package io.marketsync.sandbox.salesforce;

/** Uploaded job data that is not valid CSV for the job; the message is the job's {@code errorMessage}. */
final class Bulk2CsvException extends Exception {

    Bulk2CsvException(String message) {
        super(message);
    }
}
