package io.streamhub.router.server.engine;

import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the routing URLs of a composed supergraph
 * ({@code @join__graph(name: "users", url: "…")}) for the subgraphs given in
 * {@code router.subgraph-urls}.
 */
final class JoinGraphUrls {

	private static final Pattern JOIN_GRAPH = Pattern
		.compile("@join__graph\\(\\s*name\\s*:\\s*\"([^\"]*)\"\\s*,?\\s*url\\s*:\\s*\"([^\"]*)\"\\s*\\)");

	private JoinGraphUrls() {
	}

	/**
	 * Rewrites the URLs.
	 * @param supergraphSdl the supergraph
	 * @param overrides URL per subgraph name
	 * @return the supergraph with the overridden URLs
	 * @throws IllegalArgumentException when an override names a subgraph the supergraph
	 * does not have
	 */
	static String override(String supergraphSdl, Map<String, URI> overrides) {
		if (overrides.isEmpty()) {
			return supergraphSdl;
		}
		Matcher matcher = JOIN_GRAPH.matcher(supergraphSdl);
		StringBuilder result = new StringBuilder(supergraphSdl.length());
		Set<String> seen = new HashSet<>();
		while (matcher.find()) {
			String name = matcher.group(1);
			seen.add(name);
			URI url = overrides.get(name);
			String replacement = (url != null) ? "@join__graph(name: \"" + name + "\", url: \"" + url + "\")"
					: matcher.group();
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		requireKnown(overrides, seen);
		return result.toString();
	}

	static void requireKnown(Map<String, URI> overrides, Set<String> subgraphs) {
		for (String name : overrides.keySet()) {
			if (!subgraphs.contains(name)) {
				throw new IllegalArgumentException(
						"router.subgraph-urls." + name + ": the supergraph has no subgraph named '" + name + "'");
			}
		}
	}

}
