package io.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

class MappingComponentMainTest {

    @Test
    void mappingsDirComesFromCamelMainProperties() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.component.mapping.mappings-dir", Fixtures.MAPPINGS.toString());
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:offer").to("mapping:aws/offer.yaml");
            }
        });
        main.start();
        try {
            List<?> records = main.getCamelTemplate()
                    .requestBody("direct:offer", Fixtures.input("describe-offer.json"), List.class);

            assertThat(records).hasSize(1);
            assertThat(main.getCamelContext()
                            .getComponent("mapping", MappingComponent.class)
                            .getRegistry()
                            .directory())
                    .isEqualTo(Fixtures.MAPPINGS.toAbsolutePath());
        } finally {
            main.stop();
        }
    }
}
