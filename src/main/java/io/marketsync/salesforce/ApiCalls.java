package io.marketsync.salesforce;

import org.apache.camel.Exchange;

/** The running count of Salesforce API calls in exchange property {@link SinkExchange#API_CALLS}. */
final class ApiCalls {

    private ApiCalls() {}

    static void add(Exchange exchange, long calls) {
        long before = exchange.getProperty(SinkExchange.API_CALLS, 0L, Long.class);
        exchange.setProperty(SinkExchange.API_CALLS, before + calls);
    }
}
