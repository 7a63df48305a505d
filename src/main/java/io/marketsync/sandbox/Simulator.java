package io.marketsync.sandbox;

import java.net.URI;
import java.util.Map;

/** A running simulator of one remote API, bound to 127.0.0.1. */
public interface Simulator extends AutoCloseable {

    /** Short name, the same as its factory's ("salesforce", "aws", ...). */
    String name();

    /** Base URI the simulator answers on, e.g. {@code http://127.0.0.1:43121}. */
    URI baseUri();

    /**
     * Properties that point MarketSync (and camel components) at this simulator, e.g.
     * {@code camel.component.salesforce.loginUrl}. Written by {@code simulate --config-out}.
     */
    Map<String, String> clientProperties();

    /** One line for the console: what runs where and with how much data. */
    String describe();

    @Override
    void close();
}
