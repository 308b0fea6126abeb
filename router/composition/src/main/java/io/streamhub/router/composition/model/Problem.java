package io.streamhub.router.composition.model;

import org.jspecify.annotations.Nullable;

/**
 * A composition problem found by one stage; the facade turns it into a public error.
 *
 * @param code Apollo-compatible error code
 * @param message message naming subgraph(s) and coordinate
 * @param subgraph the subgraph at fault, if a single one is
 * @param coordinate the schema coordinate at fault
 */
public record Problem(String code, String message, @Nullable String subgraph, @Nullable String coordinate) {

	public static Problem of(String code, @Nullable String subgraph, @Nullable String coordinate, String message) {
		String prefix = (subgraph != null) ? "[" + subgraph + "] " : "";
		return new Problem(code, prefix + message, subgraph, coordinate);
	}

}
