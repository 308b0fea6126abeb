package io.streamhub.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbox relay settings, under {@code streamhub.outbox}.
 */
@ConfigurationProperties("streamhub.outbox")
public class OutboxProperties {

	/**
	 * Whether the relay runs in this application.
	 */
	private boolean enabled = true;

	/**
	 * How often the relay looks for unsent rows when the outbox was empty.
	 */
	private Duration pollInterval = Duration.ofMillis(100);

	/**
	 * Rows claimed, published and marked per transaction.
	 */
	private int batchSize = 100;

	/**
	 * Approximate maximum length of each stream (XADD MAXLEN ~). This is the retention of
	 * the streams: a consumer group lagging more than this many entries behind loses the
	 * oldest ones. 0 disables trimming.
	 */
	private long streamMaxLength = 100_000;

	/**
	 * How long sent rows are kept in the outbox table (for diagnosis) before they are
	 * deleted.
	 */
	private Duration retention = Duration.ofHours(1);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getPollInterval() {
		return this.pollInterval;
	}

	public void setPollInterval(Duration pollInterval) {
		this.pollInterval = pollInterval;
	}

	public int getBatchSize() {
		return this.batchSize;
	}

	public void setBatchSize(int batchSize) {
		this.batchSize = batchSize;
	}

	public long getStreamMaxLength() {
		return this.streamMaxLength;
	}

	public void setStreamMaxLength(long streamMaxLength) {
		this.streamMaxLength = streamMaxLength;
	}

	public Duration getRetention() {
		return this.retention;
	}

	public void setRetention(Duration retention) {
		this.retention = retention;
	}

}
