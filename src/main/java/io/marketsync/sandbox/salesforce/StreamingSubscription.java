package io.marketsync.sandbox.salesforce;

/** A live subscription to one channel of a {@link ReplayStreamingBus}; closing it stops delivery. */
public interface StreamingSubscription extends AutoCloseable {

    String channel();

    @Override
    void close();
}
