package io.streamhub.router.server.headers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.streamhub.router.server.config.HeadersProperties;

/**
 * The compiled rules of one subgraph (the {@code all} rules followed by its own), with
 * lower-cased names: propagate, rename, insert, remove; and the response headers passed
 * back.
 */
record SubgraphHeaderRules(Set<String> propagate, Map<String, String> rename, Map<String, String> insert,
		Set<String> remove, Set<String> response) {

	static final List<String> ALWAYS = List.of("authorization", "x-request-id", "traceparent");

	static SubgraphHeaderRules compile(HeadersProperties.Rules all, HeadersProperties.Rules own) {
		Set<String> propagate = new LinkedHashSet<>(ALWAYS);
		Map<String, String> rename = new LinkedHashMap<>();
		Map<String, String> insert = new LinkedHashMap<>();
		Set<String> remove = new LinkedHashSet<>();
		Set<String> response = new LinkedHashSet<>();
		for (HeadersProperties.Rules rules : List.of(all, own)) {
			rules.getPropagate().forEach((name) -> propagate.add(lower(name)));
			rules.getRename().forEach((from, to) -> rename.put(lower(from), lower(to)));
			rules.getInsert().forEach((name, value) -> insert.put(lower(name), value));
			rules.getRemove().forEach((name) -> remove.add(lower(name)));
			rules.getResponse().forEach((name) -> response.add(lower(name)));
		}
		return new SubgraphHeaderRules(Set.copyOf(propagate), Map.copyOf(rename), Map.copyOf(insert),
				Set.copyOf(remove), Set.copyOf(response));
	}

	/**
	 * The headers for a request to this subgraph.
	 * @param client the client headers the router kept (lower-case names)
	 * @return the headers to send
	 */
	Map<String, List<String>> apply(Map<String, List<String>> client) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : this.propagate) {
			List<String> values = client.get(name);
			if (values != null) {
				headers.put(name, values);
			}
		}
		this.rename.forEach((from, to) -> {
			List<String> values = client.get(from);
			if (values != null) {
				headers.put(to, values);
			}
		});
		this.insert.forEach((name, value) -> headers.put(name, List.of(value)));
		this.remove.forEach(headers::remove);
		return headers;
	}

	/**
	 * Every client header name this subgraph's rules read.
	 * @return lower-case names
	 */
	List<String> clientHeaders() {
		List<String> names = new ArrayList<>(this.propagate);
		names.addAll(this.rename.keySet());
		return names;
	}

	static String lower(String name) {
		return name.trim().toLowerCase(Locale.ROOT);
	}

}
