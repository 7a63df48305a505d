package io.marketsync.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

/** The consumer runs on a Quartz cron schedule and is operable over JMX. */
class AwsMarketplaceSchedulingTest extends SimulatedAwsCamelTest {

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withEnableJMX();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("aws-marketplace:resale-authorizations?scheduler=quartz&scheduler.cron=0/1+*+*+*+*+?")
                        .routeId("resale-authorizations")
                        .to("mock:resale-authorizations");
                from("aws-marketplace:offers?startScheduler=false")
                        .routeId("offers")
                        .to("mock:offers");
            }
        };
    }

    @Test
    void pollsOnTheQuartzCronSchedule() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:resale-authorizations");
        mock.expectedMinimumMessageCount(1);

        mock.assertIsSatisfied();

        assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(AwsMarketplaceConstants.RESOURCE))
                .isEqualTo("resale-authorizations");
    }

    @Test
    void pollNowAndResetWatermarkAreJmxOperations() throws Exception {
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names = jmx.queryNames(
                new ObjectName("org.apache.camel:context=" + context.getManagementName() + ",type=consumers,*"), null);
        ObjectName offers = null;
        for (ObjectName name : names) {
            if ("offers".equals(jmx.getAttribute(name, "RouteId"))) {
                offers = name;
            }
        }
        assertThat(offers).isNotNull();

        Object pages = jmx.invoke(offers, "pollNow", new Object[0], new String[0]);

        assertThat(pages).isEqualTo(1);
        assertThat(getMockEndpoint("mock:offers").getReceivedCounter()).isEqualTo(1);
        assertThat((String) jmx.getAttribute(offers, "Watermark")).endsWith("Z");
        assertThat(jmx.getAttribute(offers, "LastPollTime")).isNotNull();
        jmx.invoke(offers, "resetWatermark", new Object[0], new String[0]);
        assertThat(jmx.getAttribute(offers, "Watermark")).isNull();
    }
}
