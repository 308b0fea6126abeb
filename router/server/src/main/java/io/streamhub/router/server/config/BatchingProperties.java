package io.streamhub.router.server.config;

/**
 * Query batching ({@code router.batching.*}): a JSON array of operations in one POST.
 */
public class BatchingProperties {

	/**
	 * Whether arrays are accepted.
	 */
	private boolean enabled = true;

	/**
	 * Most operations in one batch.
	 */
	private int maxSize = 10;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getMaxSize() {
		return this.maxSize;
	}

	public void setMaxSize(int maxSize) {
		this.maxSize = maxSize;
	}

}
