package io.marketsync.app;

import io.marketsync.salesforce.SalesforceBeans;
import io.marketsync.sandbox.Sandbox;
import io.marketsync.sandbox.SimulatorOptions;
import io.marketsync.state.StateStore;
import io.marketsync.sync.PollingConsumerSetup;
import io.marketsync.sync.SyncOnce;
import io.marketsync.sync.SyncRunTracker;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MarketSync assembled: the project is validated, the state store opened, the simulators started
 * (with {@code --sandbox}), and Camel Main started with the YAML routes and the components they use.
 */
public final class MarketSyncApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MarketSyncApp.class);

    private final Sandbox sandbox;
    private final StateStore store;
    private final SyncRunTracker tracker;
    private final Main main;

    private MarketSyncApp(Sandbox sandbox, StateStore store, SyncRunTracker tracker, Main main) {
        this.sandbox = sandbox;
        this.store = store;
        this.tracker = tracker;
        this.main = main;
    }

    /**
     * Validates the project and starts everything. Polling consumers' schedulers are not started: call
     * {@link #syncOnce()} and, for a long-running process, {@link #startSchedules()}.
     *
     * @param sandbox with a value, start the simulators in-process with these options and sync against them
     */
    public static MarketSyncApp start(Settings base, Optional<SimulatorOptions> sandboxOptions) throws Exception {
        Sandbox sandbox = null;
        StateStore store = null;
        Main main = null;
        try {
            Settings settings = base;
            if (sandboxOptions.isPresent()) {
                sandbox = Sandbox.start(sandboxOptions.get());
                sandbox.simulators().forEach(s -> LOG.info("{}", s.describe()));
                settings = settings.with(sandbox.clientProperties()).with(SandboxState.settings(settings));
            }
            List<Problem> problems = ProjectValidator.validate(settings);
            if (!problems.isEmpty()) {
                throw new InvalidProjectException(problems);
            }
            store = StateStores.open(settings);
            SyncRunTracker tracker = new SyncRunTracker(store.runs());
            main = createMain(settings, store, tracker);
            main.start();
            return new MarketSyncApp(sandbox, store, tracker, main);
        } catch (Exception | Error e) {
            closeQuietly(main, store, sandbox);
            throw e;
        }
    }

    private static Main createMain(Settings settings, StateStore store, SyncRunTracker tracker) {
        Main main = new Main();
        main.setInitialProperties(settings.asProperties());
        Path routes = settings.path("marketsync.routes.dir").toAbsolutePath();
        main.configure().withName("marketsync");
        main.configure()
                .withRoutesIncludePattern(
                        "file:" + routes + "/*.camel.yaml,file:" + routes + "/templates/*.camel.yaml");
        main.configure().withShutdownTimeout(10);
        main.addInitialProperty(
                "camel.component.mapping.mappingsDir",
                settings.path("marketsync.mappings.dir").toAbsolutePath().toString());
        main.bind("stateStore", store);
        main.bind("syncRunTracker", tracker);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                CamelContext context = support.getCamelContext();
                context.getManagementStrategy().addEventNotifier(tracker);
                context.addLifecycleStrategy(new PollingConsumerSetup(tracker));
            }

            @Override
            public void afterConfigure(BaseMainSupport support) {
                try {
                    SalesforceBeans.bind(support.getCamelContext(), store);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot set up the Salesforce sink: " + e.getMessage(), e);
                }
            }
        });
        return main;
    }

    /** Polls every polling route (or the given ones) once, synchronously. */
    public List<io.marketsync.state.SyncRun> syncOnce(List<String> routeIds) {
        SyncOnce once = new SyncOnce(context(), tracker, store.runs());
        return once.pollOnce(once.select(routeIds));
    }

    /** Starts the polling routes' own schedules (cron), for {@code run}. */
    public void startSchedules() {
        SyncOnce once = new SyncOnce(context(), tracker, store.runs());
        once.startSchedulers(once.select(List.of()));
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public SyncRunTracker tracker() {
        return tracker;
    }

    @Override
    public void close() {
        closeQuietly(main, store, sandbox);
    }

    private static void closeQuietly(Main main, StateStore store, Sandbox sandbox) {
        if (main != null) {
            try {
                main.stop();
            } catch (RuntimeException e) {
                LOG.warn("Stopping Camel failed: {}", e.getMessage());
            }
        }
        if (store != null) {
            store.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
