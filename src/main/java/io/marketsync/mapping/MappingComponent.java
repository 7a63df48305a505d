package io.marketsync.mapping;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code mapping:} component: {@code mapping:aws/agreement.yaml} applies that file of the mappings
 * directory ({@code camel.component.mapping.mappings-dir}, default {@code mappings}) to the message body.
 * Its {@link MappingRegistry} is a context service, so reloads are JMX operations.
 */
@Component("mapping")
public class MappingComponent extends DefaultComponent {

    @Metadata(
            defaultValue = "mappings",
            description = "Directory holding the mapping files; endpoint paths are relative to it")
    private String mappingsDir = "mappings";

    @Metadata(label = "advanced", autowired = false, description = "Clock of today/now expressions")
    private Clock clock = Clock.systemUTC();

    private MappingRegistry registry;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        MappingEndpoint endpoint = new MappingEndpoint(uri, this, remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The registry of this component's mappings directory, created (and registered for JMX) on first use. */
    public synchronized MappingRegistry getRegistry() {
        if (registry == null) {
            MappingRegistry created = new MappingRegistry(Path.of(mappingsDir), clock);
            try {
                getCamelContext().addService(created, true, true);
            } catch (Exception e) {
                throw RuntimeCamelException.wrapRuntimeCamelException(e);
            }
            registry = created;
        }
        return registry;
    }

    public String getMappingsDir() {
        return mappingsDir;
    }

    public void setMappingsDir(String mappingsDir) {
        this.mappingsDir = mappingsDir;
    }

    public Clock getClock() {
        return clock;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
