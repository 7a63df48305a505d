package io.marketsync.sandbox.salesforce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Puts {@link Faults} in front of a handler: delays the call, or answers it with an injected failure. */
final class FaultInjection implements HttpHandler {

    private final Faults faults;
    private final SimulatorCounters counters;
    private final HttpHandler next;

    FaultInjection(Faults faults, SimulatorCounters counters, HttpHandler next) {
        this.faults = faults;
        this.counters = counters;
        this.next = next;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Duration latency = faults.latency();
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.close();
                return;
            }
        }
        Optional<ApiException> failure =
                faults.failureFor(exchange.getRequestURI().getPath());
        if (failure.isPresent()) {
            counters.increment(SimulatorCounters.FAULTS_INJECTED);
            SimHttp.bodyText(exchange);
            SimHttp.sendJson(exchange, failure.get().status(), failure.get().body());
            return;
        }
        next.handle(exchange);
    }
}
