package io.streamhub.platform.events;

/**
 * Names of the Redis streams.
 */
public final class Streams {

	private Streams() {
	}

	/**
	 * The stream of a domain's events.
	 * @param domain e.g. {@code "videos"}
	 * @return {@code "events:" + domain}
	 */
	public static String events(String domain) {
		return "events:" + domain;
	}

	/**
	 * The dead-letter stream of a stream: entries that failed too often end up here.
	 * @param stream the stream
	 * @return {@code stream + ":dead"}
	 */
	public static String dead(String stream) {
		return stream + ":dead";
	}

}
