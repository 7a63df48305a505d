package io.marketsync.sandbox.salesforce;

import java.time.Clock;
import java.time.Duration;

/**
 * Timing of the simulated CometD endpoint.
 *
 * @param connectTimeout how long a {@code /meta/connect} is held when no event is queued (sent as {@code
 *     advice.timeout}); Salesforce holds 110 seconds
 * @param clientExpiry how long a client may go without polling before the server forgets it; Salesforce allows 40
 *     seconds between connects
 * @param clock the clock client expiry is measured with
 */
public record CometdSettings(Duration connectTimeout, Duration clientExpiry, Clock clock) {

    public static CometdSettings salesforceDefaults() {
        return new CometdSettings(Duration.ofSeconds(110), Duration.ofSeconds(40), Clock.systemUTC());
    }
}
