package io.marketsync.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.aws.client.AwsClients;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Describes one Catalog entity or agreement by id (from the {@code MarketSyncEntityId} /
 * {@code MarketSyncAgreementId} header, else the body), for event routes. The body becomes a page
 * of that one record, in the consumer's record shape.
 */
public class AwsMarketplaceProducer extends DefaultProducer {

    public AwsMarketplaceProducer(AwsMarketplaceEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public AwsMarketplaceEndpoint getEndpoint() {
        return (AwsMarketplaceEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) {
        AwsClients clients = getEndpoint().getComponent().getClients();
        ObjectNode record =
                switch (operation(exchange)) {
                    case describeEntity -> MarketplaceRecords.entity(
                            clients.catalog().describeEntity(id(exchange, AwsMarketplaceConstants.ENTITY_ID)), null);
                    case describeAgreement -> MarketplaceRecords.agreement(
                            clients.agreement(), id(exchange, AwsMarketplaceConstants.AGREEMENT_ID));
                };
        exchange.getMessage().setBody(MarketplaceRecords.page(List.of(record)));
        exchange.getMessage()
                .setHeader(
                        AwsMarketplaceConstants.RESOURCE,
                        getEndpoint().getResource().uriName());
    }

    private AwsMarketplaceOperation operation(Exchange exchange) {
        AwsMarketplaceOperation chosen = exchange.getMessage()
                .getHeader(
                        AwsMarketplaceConstants.OPERATION, getEndpoint().getOperation(), AwsMarketplaceOperation.class);
        if (chosen != null) {
            return chosen;
        }
        return getEndpoint().getResource() == MarketplaceResource.AGREEMENTS
                ? AwsMarketplaceOperation.describeAgreement
                : AwsMarketplaceOperation.describeEntity;
    }

    private static String id(Exchange exchange, String header) {
        String id = exchange.getMessage().getHeader(header, String.class);
        if (id == null) {
            id = exchange.getMessage().getBody(String.class);
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("No id to describe: set header " + header + " or the body");
        }
        return id.trim();
    }
}
