package io.streamhub.discovery.config;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the HTTP requests sent to Elasticsearch (tests assert batching with it).
 */
public final class ElasticsearchRequests {

	private final AtomicLong count = new AtomicLong();

	void increment() {
		this.count.incrementAndGet();
	}

	/**
	 * Requests sent so far.
	 * @return the count
	 */
	public long count() {
		return this.count.get();
	}

}
