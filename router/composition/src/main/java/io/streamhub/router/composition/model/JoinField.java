package io.streamhub.router.composition.model;

import org.jspecify.annotations.Nullable;

/**
 * A {@code @join__field} application; a null graph marks a field that only exists through
 * an {@code @interfaceObject}.
 *
 * @param graph the join__Graph value
 * @param requires the @requires field set
 * @param provides the @provides field set
 * @param type the field type in that subgraph, when it differs across subgraphs
 * @param external whether the field is external in that subgraph
 * @param override the subgraph the field was overridden from
 * @param usedOverridden whether the overridden location is still used by a field set
 */
public record JoinField(@Nullable String graph, @Nullable String requires, @Nullable String provides,
		@Nullable String type, boolean external, @Nullable String override, boolean usedOverridden) {

	public static JoinField interfaceObjectOnly() {
		return new JoinField(null, null, null, null, false, null, false);
	}

}
