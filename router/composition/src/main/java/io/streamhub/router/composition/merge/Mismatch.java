package io.streamhub.router.composition.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.streamhub.router.composition.model.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Builds Apollo-style mismatch messages:
 * {@code it has type "A" in subgraph "x" but type "B" in subgraph
 * "y"}.
 */
final class Mismatch {

	private Mismatch() {
	}

	static <T> Problem of(MergeContext context, String code, String coordinate, String prefix, Sources<T> sources,
			Function<@Nullable T, String> describe) {
		Map<String, List<String>> subgraphsByDescription = new LinkedHashMap<>();
		for (int i = 0; i < sources.size(); i++) {
			if (sources.parentPresent(i)) {
				subgraphsByDescription
					.computeIfAbsent(describe.apply(sources.element(i)), (d) -> new java.util.ArrayList<>())
					.add("\"" + context.name(i) + "\"");
			}
		}
		StringBuilder message = new StringBuilder(prefix).append("it has ");
		String separator = "";
		for (Map.Entry<String, List<String>> entry : subgraphsByDescription.entrySet()) {
			message.append(separator)
				.append(entry.getKey())
				.append((entry.getValue().size() > 1) ? " in subgraphs " : " in subgraph ")
				.append(String.join(" and ", entry.getValue()));
			separator = " but ";
		}
		return Problem.of(code, null, coordinate, message.toString());
	}

}
