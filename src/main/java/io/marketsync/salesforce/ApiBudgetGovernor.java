package io.marketsync.salesforce;

import io.marketsync.state.SyncRuns;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.component.salesforce.api.dto.Limits;
import org.apache.camel.spi.InflightRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps MarketSync inside the org's daily API allocation. It reads the usage Salesforce reports on each
 * response ({@code Sforce-Limit-Info}) and, once it passes {@code pause-at} of the allocation, suspends the
 * polling routes (route group {@code aws}, {@code azure} or {@code gcp}, or route property
 * {@code marketsync.polling=true}); co-sell routes (group {@code cosell}) keep running. While paused, the
 * {@code salesforce-api-budget} route asks {@code salesforce:limits} periodically and the routes resume
 * once usage is below {@code resume-at}.
 */
@ManagedResource(description = "Pauses polling routes when the Salesforce daily API allocation runs low")
public final class ApiBudgetGovernor extends ServiceSupport {

    public static final String PAUSE_AT = "marketsync.salesforce.api-budget.pause-at";
    public static final String RESUME_AT = "marketsync.salesforce.api-budget.resume-at";
    public static final String POLLING_PROPERTY = "marketsync.polling";

    private static final Logger LOG = LoggerFactory.getLogger(ApiBudgetGovernor.class);
    private static final Set<String> POLLING_GROUPS = Set.of("aws", "azure", "gcp");
    private static final String COSELL_GROUP = "cosell";

    private final CamelContext context;
    private final SyncRuns runs;
    private final Set<String> pausedRoutes = new ConcurrentSkipListSet<>();
    private volatile double pauseAt;
    private volatile double resumeAt;
    private volatile LimitInfo usage;
    private volatile boolean paused;
    private ExecutorService executor;

    public ApiBudgetGovernor(CamelContext context, SyncRuns runs, double pauseAt, double resumeAt) {
        this.context = context;
        this.runs = runs;
        this.pauseAt = pauseAt;
        this.resumeAt = resumeAt;
    }

    public static ApiBudgetGovernor from(CamelContext context, SyncRuns runs) {
        var properties = context.getPropertiesComponent();
        return new ApiBudgetGovernor(
                context,
                runs,
                Double.parseDouble(properties.resolveProperty(PAUSE_AT).orElse("0.80")),
                Double.parseDouble(properties.resolveProperty(RESUME_AT).orElse("0.70")));
    }

    /** Usage from a response's {@code Sforce-Limit-Info} header; {@code exchange} is the call's. */
    public void observe(String limitInfo, Exchange exchange) {
        LimitInfo.parse(limitInfo).ifPresent(info -> update(info, runIdOf(exchange)));
    }

    /** Usage from {@code salesforce:limits}. */
    public void limits(Limits limits) {
        Limits.Usage daily = limits.getDailyApiRequests();
        if (daily != null && !daily.isUnknown() && daily.getMax() > 0) {
            update(new LimitInfo(daily.getMax() - daily.getRemaining(), daily.getMax()), null);
        }
    }

    private synchronized void update(LimitInfo info, Long triggeringRun) {
        usage = info;
        if (!paused && info.share() >= pauseAt) {
            paused = true;
            // suspending waits for the routes' in-flight exchanges, this call's among them: not on this thread
            executor.execute(() -> pause(info, triggeringRun));
        } else if (paused && info.share() < resumeAt) {
            paused = false;
            executor.execute(() -> resume(info));
        }
    }

    private void pause(LimitInfo info, Long triggeringRun) {
        List<String> routeIds = context.getRoutes().stream()
                .filter(ApiBudgetGovernor::isPolling)
                .map(Route::getRouteId)
                .filter(id -> context.getRouteController().getRouteStatus(id) == ServiceStatus.Started)
                .toList();
        String note = String.format(
                "Paused by the API budget governor: Salesforce API usage %d/%d (%.0f%%) passed %.0f%% of the daily allocation",
                info.used(), info.max(), info.share() * 100, pauseAt * 100);
        LOG.warn("{}; suspending polling routes {}", note, routeIds);
        noteRuns(routeIds, triggeringRun, note);
        for (String routeId : routeIds) {
            try {
                context.getRouteController().suspendRoute(routeId);
                pausedRoutes.add(routeId);
            } catch (Exception e) {
                LOG.error("Cannot suspend route {}: {}", routeId, e.getMessage(), e);
            }
        }
    }

    private void resume(LimitInfo info) {
        LOG.warn(
                "Salesforce API usage {}/{} ({}%) is below {}% of the daily allocation: resuming polling routes {}",
                info.used(), info.max(), Math.round(info.share() * 100), Math.round(resumeAt * 100), pausedRoutes);
        for (String routeId : List.copyOf(pausedRoutes)) {
            try {
                context.getRouteController().resumeRoute(routeId);
                pausedRoutes.remove(routeId);
            } catch (Exception e) {
                LOG.error("Cannot resume route {}: {}", routeId, e.getMessage(), e);
            }
        }
    }

    /** Notes the pause on the current runs of the paused routes, as far as their exchanges name them. */
    private void noteRuns(List<String> routeIds, Long triggeringRun, String note) {
        Set<Long> runIds = new TreeSet<>();
        if (triggeringRun != null) {
            runIds.add(triggeringRun);
        }
        for (InflightRepository.InflightExchange inflight :
                context.getInflightRepository().browse()) {
            Long runId = runIdOf(inflight.getExchange());
            if (runId != null && routeIds.contains(inflight.getFromRouteId())) {
                runIds.add(runId);
            }
        }
        runIds.forEach(runId -> runs.note(runId, note));
    }

    private static Long runIdOf(Exchange exchange) {
        if (exchange == null) {
            return null;
        }
        Long runId = exchange.getProperty(SinkExchange.RUN_ID, Long.class);
        return runId != null ? runId : exchange.getMessage().getHeader(SinkExchange.RUN_ID, Long.class);
    }

    static boolean isPolling(Route route) {
        String group = route.getGroup();
        if (COSELL_GROUP.equals(group)) {
            return false;
        }
        return (group != null && POLLING_GROUPS.contains(group))
                || "true".equals(String.valueOf(route.getProperties().get(POLLING_PROPERTY)));
    }

    @ManagedAttribute(description = "True while polling routes are suspended for the API budget")
    public boolean isPaused() {
        return paused;
    }

    @ManagedAttribute(description = "Routes the governor suspended")
    public String getPausedRoutes() {
        return String.join(",", pausedRoutes);
    }

    @ManagedAttribute(description = "API requests used in the rolling 24 hours, as last reported (-1 before any call)")
    public long getApiUsage() {
        LimitInfo info = usage;
        return info == null ? -1 : info.used();
    }

    @ManagedAttribute(description = "The org's daily API allocation, as last reported (-1 before any call)")
    public long getApiAllocation() {
        LimitInfo info = usage;
        return info == null ? -1 : info.max();
    }

    @ManagedAttribute(description = "Share of the allocation at which polling routes are suspended")
    public double getPauseAt() {
        return pauseAt;
    }

    @ManagedAttribute(description = "Share of the allocation at which polling routes are suspended")
    public void setPauseAt(double pauseAt) {
        this.pauseAt = pauseAt;
    }

    @ManagedAttribute(description = "Share of the allocation below which suspended routes resume")
    public double getResumeAt() {
        return resumeAt;
    }

    @ManagedAttribute(description = "Share of the allocation below which suspended routes resume")
    public void setResumeAt(double resumeAt) {
        this.resumeAt = resumeAt;
    }

    @Override
    protected void doStart() {
        executor = context.getExecutorServiceManager().newSingleThreadExecutor(this, "ApiBudgetGovernor");
    }

    @Override
    protected void doStop() {
        context.getExecutorServiceManager().shutdown(executor);
    }
}
