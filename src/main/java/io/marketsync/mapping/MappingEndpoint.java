package io.marketsync.mapping;

import java.util.Arrays;
import java.util.List;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.FailedToCreateConsumerException;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Applies one or more mapping files to the body: {@code mapping:aws/buyer.yaml,aws/agreement.yaml} maps the
 * same page with each in turn and returns all their records in that order (parents first, when listed first).
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "mapping",
        title = "Mapping",
        syntax = "mapping:resources",
        producerOnly = true,
        remote = false,
        category = {Category.TRANSFORMATION},
        headersClass = MappingHeaders.class)
public class MappingEndpoint extends DefaultEndpoint {

    @UriPath(description = "Mapping files, relative to the mappings directory, separated by commas")
    @Metadata(required = true)
    private final String resources;

    private final List<String> names;

    public MappingEndpoint(String uri, MappingComponent component, String resources) {
        super(uri, component);
        this.resources = resources;
        this.names = Arrays.stream(resources.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException(
                    "mapping: needs at least one mapping file, e.g. mapping:aws/agreement.yaml");
        }
    }

    @Override
    public MappingComponent getComponent() {
        return (MappingComponent) super.getComponent();
    }

    public String getResources() {
        return resources;
    }

    /** The mapping names, in the order they are applied. */
    public List<String> getMappingNames() {
        return names;
    }

    @Override
    public Producer createProducer() {
        return new MappingProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new FailedToCreateConsumerException(
                this, "mapping: endpoints transform messages; route to them with to()");
    }
}
