package io.ponte.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/**
 * What the servers of this JVM log at ERROR or with a stack trace while it is started: a client's mistake (or a
 * client hanging up) must leave neither. Start it before the requests, {@link #drain} after them.
 */
public final class LoggedFailures extends AppenderBase<ILoggingEvent> {

	private final ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();

	@Override
	protected void append(ILoggingEvent event) {
		if (event.getLevel().isGreaterOrEqual(Level.ERROR) || event.getThrowableProxy() != null) {
			this.events.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage()
					+ (event.getThrowableProxy() == null ? "" : " (" + event.getThrowableProxy().getClassName() + ": "
							+ event.getThrowableProxy().getMessage() + ")"));
		}
	}

	@Override
	public void start() {
		setContext((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory());
		super.start();
		root().addAppender(this);
	}

	@Override
	public void stop() {
		root().detachAppender(this);
		super.stop();
	}

	public void clear() {
		this.events.clear();
	}

	/** The failures logged since the last drain or clear. */
	public List<String> drain() {
		List<String> drained = List.copyOf(this.events);
		this.events.clear();
		return drained;
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
