package io.marketsync.salesforce;

import org.apache.camel.Exchange;
import org.apache.camel.component.salesforce.SalesforceEndpoint;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Sees every call made through a {@code salesforce:} endpoint, retries included: counts it for the run
 * record and hands the usage Salesforce reported ({@code Sforce-Limit-Info}) to the API budget governor.
 */
public final class SalesforceCallObserver extends EventNotifierSupport {

    /** camel-salesforce copies response headers starting with {@code Sforce}; Camel headers ignore case. */
    static final String LIMIT_INFO = "Sforce-Limit-Info";

    private final ApiBudgetGovernor governor;

    public SalesforceCallObserver(ApiBudgetGovernor governor) {
        this.governor = governor;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreStepEvents(true);
    }

    /** Camel announces a sent exchange only to those that took the sending one as well. */
    @Override
    public boolean isEnabled(CamelEvent event) {
        return (event instanceof CamelEvent.ExchangeSendingEvent sending
                        && sending.getEndpoint() instanceof SalesforceEndpoint)
                || (event instanceof CamelEvent.ExchangeSentEvent sent
                        && sent.getEndpoint() instanceof SalesforceEndpoint);
    }

    @Override
    public void notify(CamelEvent event) {
        if (!(event instanceof CamelEvent.ExchangeSentEvent sent)) {
            return;
        }
        Exchange exchange = sent.getExchange();
        SinkPage page = exchange.getProperty(SinkExchange.SINK_PAGE, SinkPage.class);
        if (page != null) {
            page.countCall();
        } else {
            ApiCalls.add(exchange, 1);
        }
        governor.observe(exchange.getMessage().getHeader(LIMIT_INFO, String.class), exchange);
    }
}
