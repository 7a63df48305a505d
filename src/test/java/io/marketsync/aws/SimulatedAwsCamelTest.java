package io.marketsync.aws;

import io.marketsync.aws.client.SimulatedAws;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

/**
 * A Camel test whose context points the {@code aws-marketplace:} component at a fresh AWS
 * Marketplace simulator through the {@code marketsync.aws.*} properties.
 */
abstract class SimulatedAwsCamelTest extends CamelTestSupport {

    protected SimulatedAws aws;

    @Override
    protected void doPreSetup() throws Exception {
        aws = new SimulatedAws();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        Properties properties = new Properties();
        properties.putAll(aws.properties());
        camel.getPropertiesComponent().setInitialProperties(properties);
        return camel;
    }

    @AfterEach
    void stopSimulator() {
        aws.close();
    }

    protected AwsMarketplaceConsumer consumer(String routeId) {
        return (AwsMarketplaceConsumer) context.getRoute(routeId).getConsumer();
    }
}
