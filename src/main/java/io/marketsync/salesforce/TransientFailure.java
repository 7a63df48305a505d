package io.marketsync.salesforce;

import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;
import org.apache.camel.Exchange;
import org.apache.camel.component.salesforce.api.SalesforceException;
import org.apache.camel.component.salesforce.api.dto.RestError;

/**
 * Failures worth retrying with backoff: Salesforce unavailable (502, 503, 504), rows locked by another
 * transaction ({@code UNABLE_TO_LOCK_ROW}) and timeouts. A 401 never gets here: camel-salesforce logs in
 * again and replays the call itself.
 */
public final class TransientFailure {

    public boolean matches(Exchange exchange) {
        Throwable failure = exchange.getException();
        if (failure == null) {
            failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SalesforceException e && isTransient(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransient(SalesforceException e) {
        int status = e.getStatusCode();
        if (status == 502 || status == 503 || status == 504) {
            return true;
        }
        return e.getErrors() != null
                && e.getErrors().stream()
                        .map(RestError::getErrorCode)
                        .anyMatch(CollectionUpsert.UNABLE_TO_LOCK_ROW::equals);
    }
}
