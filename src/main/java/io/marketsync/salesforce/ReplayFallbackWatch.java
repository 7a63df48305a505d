package io.marketsync.salesforce;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.message.Message;

/**
 * Notices camel-salesforce falling back from a refused replay id. Its streaming client reports that
 * only in its log ("Falling back to replayId {} for channel {}"), with no event or callback, so this
 * appender listens to that one logger and marks the channel in {@link StreamGaps}.
 */
final class ReplayFallbackWatch extends AbstractAppender {

    static final String SUBSCRIPTION_LOGGER =
            "org.apache.camel.component.salesforce.internal.streaming.SubscriptionHelper";
    private static final String FALLBACK_MESSAGE = "Falling back to replayId";
    private static final String NAME = "MarketSyncReplayFallbackWatch";

    private final StreamGaps gaps;

    private ReplayFallbackWatch(StreamGaps gaps) {
        super(NAME, null, null, true, Property.EMPTY_ARRAY);
        this.gaps = gaps;
    }

    /** Attaches the watch to camel-salesforce's subscription logger, keeping at least its warnings. */
    static void install(StreamGaps gaps) {
        if (!(LogManager.getContext(false) instanceof LoggerContext logging)) {
            return;
        }
        Configuration config = logging.getConfiguration();
        LoggerConfig own = config.getLoggerConfig(SUBSCRIPTION_LOGGER);
        if (!SUBSCRIPTION_LOGGER.equals(own.getName())) {
            own = new LoggerConfig(SUBSCRIPTION_LOGGER, quietest(own.getLevel()), true);
            config.addLogger(SUBSCRIPTION_LOGGER, own);
        } else {
            own.setLevel(quietest(own.getLevel()));
        }
        own.removeAppender(NAME);
        ReplayFallbackWatch watch = new ReplayFallbackWatch(gaps);
        watch.start();
        own.addAppender(watch, Level.WARN, null);
        logging.updateLoggers();
    }

    /** The configured level, unless it would hide the fallback warning. */
    private static Level quietest(Level configured) {
        return configured.isMoreSpecificThan(Level.WARN) ? Level.WARN : configured;
    }

    @Override
    public void append(LogEvent event) {
        Message message = event.getMessage();
        Object[] parameters = message.getParameters();
        if (message.getFormat() != null
                && message.getFormat().startsWith(FALLBACK_MESSAGE)
                && parameters != null
                && parameters.length >= 2) {
            gaps.missed(String.valueOf(parameters[1]), String.valueOf(parameters[0]));
        }
    }
}
