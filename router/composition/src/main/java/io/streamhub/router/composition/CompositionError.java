package io.streamhub.router.composition;

import org.jspecify.annotations.Nullable;

/**
 * One composition error.
 *
 * @param code an Apollo-compatible error code such as {@code INVALID_FIELD_SHARING}
 * @param message a human readable message naming the subgraph(s) and schema coordinate
 * @param subgraph the subgraph at fault, when a single one is
 * @param coordinate the schema coordinate at fault ({@code Type.field}, {@code Type},
 * ...)
 */
public record CompositionError(String code, String message, @Nullable String subgraph, @Nullable String coordinate) {

	@Override
	public String toString() {
		return "[" + this.code + "] " + this.message;
	}

}
