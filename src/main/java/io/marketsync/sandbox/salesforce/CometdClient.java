package io.marketsync.sandbox.salesforce;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** One handshaken Bayeux client: its subscriptions and the messages waiting for its next {@code /meta/connect}. */
final class CometdClient {

    private final String id;
    private final Map<String, StreamingSubscription> subscriptions = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Map<String, Object>> queue = new ArrayList<>();
    private int heldConnects;
    private boolean closed;
    private Instant lastSeen;

    CometdClient(String id, Instant now) {
        this.id = id;
        this.lastSeen = now;
    }

    String id() {
        return id;
    }

    void enqueue(Map<String, Object> message) {
        lock.lock();
        try {
            queue.add(message);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Holds a connect until a message is queued, the client is closed or {@code timeout} passes, then hands over
     * everything queued.
     */
    List<Map<String, Object>> awaitMessages(Duration timeout) throws InterruptedException {
        lock.lock();
        heldConnects++;
        try {
            long nanos = timeout.toNanos();
            while (queue.isEmpty() && !closed && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            List<Map<String, Object>> messages = List.copyOf(queue);
            queue.clear();
            return messages;
        } finally {
            heldConnects--;
            lock.unlock();
        }
    }

    void seen(Instant now) {
        lock.lock();
        try {
            lastSeen = now;
        } finally {
            lock.unlock();
        }
    }

    /** Whether a {@code /meta/connect} of this client is waiting for messages right now. */
    boolean holdingConnect() {
        lock.lock();
        try {
            return heldConnects > 0;
        } finally {
            lock.unlock();
        }
    }

    /** A client that holds no connect and has not been seen since {@code oldestAllowed} has gone away. */
    boolean expired(Instant oldestAllowed) {
        lock.lock();
        try {
            return heldConnects == 0 && lastSeen.isBefore(oldestAllowed);
        } finally {
            lock.unlock();
        }
    }

    boolean closed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    void subscribed(StreamingSubscription subscription) {
        subscriptions.put(subscription.channel(), subscription);
    }

    void unsubscribe(String channel) {
        StreamingSubscription subscription = subscriptions.remove(channel);
        if (subscription != null) {
            subscription.close();
        }
    }

    /** Stops all deliveries and releases a held connect. */
    void close() {
        subscriptions.keySet().forEach(this::unsubscribe);
        lock.lock();
        try {
            closed = true;
            queue.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
