package io.streamhub.router.server.headers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subgraph response headers collected for one client request. Closing it forgets it.
 */
public final class ResponseHeaders implements AutoCloseable {

	private final String key;

	private final Runnable onClose;

	private final Map<String, List<String>> headers = new LinkedHashMap<>();

	ResponseHeaders(String key, Runnable onClose) {
		this.key = key;
		this.onClose = onClose;
	}

	/**
	 * The value of the internal {@link HeaderPropagation#EXCHANGE} header.
	 * @return the key
	 */
	public String key() {
		return this.key;
	}

	synchronized void add(String name, List<String> values) {
		this.headers.computeIfAbsent(name, (key) -> new ArrayList<>()).addAll(values);
	}

	/**
	 * The collected headers.
	 * @return a copy
	 */
	public synchronized Map<String, List<String>> headers() {
		return new LinkedHashMap<>(this.headers);
	}

	@Override
	public void close() {
		this.onClose.run();
	}

}
