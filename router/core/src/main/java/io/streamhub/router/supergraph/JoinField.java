package io.streamhub.router.supergraph;

import org.jspecify.annotations.Nullable;

/**
 * One {@code @join__field} of a field.
 *
 * @param graph the subgraph name, {@code null} for fields that come from an interface
 * object
 * @param requires the {@code @requires} field set, if any
 * @param provides the {@code @provides} field set, if any
 * @param type the field's type in that subgraph, when it differs
 * @param external whether the field is external there
 * @param override the subgraph the field was overridden from, if any
 * @param usedOverridden whether this is an overridden location still used (e.g. for a
 * key)
 */
public record JoinField(@Nullable String graph, @Nullable FieldSet requires, @Nullable FieldSet provides,
		@Nullable String type, boolean external, @Nullable String override, boolean usedOverridden) {
}
