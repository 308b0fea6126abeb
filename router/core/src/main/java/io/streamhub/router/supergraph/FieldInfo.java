package io.streamhub.router.supergraph;

import java.util.List;

/**
 * A field of a supergraph type with its per-subgraph {@code @join__field} entries.
 *
 * @param name the field name
 * @param typeName the named (unwrapped) return type
 * @param joins the {@code @join__field} entries (empty: resolvable wherever the parent
 * type is)
 */
public record FieldInfo(String name, String typeName, List<JoinField> joins) {

	public FieldInfo {
		joins = List.copyOf(joins);
	}

}
