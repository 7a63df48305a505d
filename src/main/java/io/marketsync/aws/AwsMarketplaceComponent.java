package io.marketsync.aws;

import io.marketsync.aws.client.AwsClients;
import io.marketsync.state.StateStore;
import io.marketsync.state.Watermarks;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code aws-marketplace:} component: AWS Marketplace products, offers, resale authorizations
 * and agreements. Holds the API clients, built on first use from the {@code marketsync.aws.*}
 * properties (see {@link AwsClients}) unless set, and finds the route watermarks in the registry's
 * {@link StateStore}, or keeps them in memory when none is bound.
 */
@Component("aws-marketplace")
public class AwsMarketplaceComponent extends DefaultComponent {

    @Metadata(description = "The AWS Marketplace API clients; built from marketsync.aws.* properties when not set")
    private AwsClients clients;

    private boolean ownsClients;
    private final Watermarks memoryWatermarks = new InMemoryWatermarks();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        AwsMarketplaceEndpoint endpoint = new AwsMarketplaceEndpoint(uri, this, MarketplaceResource.of(remaining));
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public synchronized AwsClients getClients() {
        if (clients == null) {
            clients = AwsClients.fromProperties(getCamelContext().getPropertiesComponent()::resolveProperty);
            ownsClients = true;
        }
        return clients;
    }

    /** Uses these clients instead of building them from properties; the caller closes them. */
    public synchronized void setClients(AwsClients clients) {
        this.clients = clients;
        this.ownsClients = false;
    }

    /** The state store's watermarks when one is bound in the registry, else this component's in-memory ones. */
    Watermarks watermarks() {
        StateStore store = getCamelContext().getRegistry().findSingleByType(StateStore.class);
        return store != null ? store.watermarks() : memoryWatermarks;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (ownsClients && clients != null) {
            clients.close();
            clients = null;
        }
        super.doStop();
    }
}
