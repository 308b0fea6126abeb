package io.streamhub.router.supergraph;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A named type of the supergraph with its federation metadata.
 *
 * @param name the type name
 * @param kind the kind
 * @param joinTypes the {@code @join__type} entries (which subgraphs define it, keys)
 * @param fields the fields (object and interface types), in declaration order
 * @param interfaces the interfaces it implements (supergraph-wide)
 * @param implementsByGraph per subgraph, the interfaces it implements there
 * @param members the union members (supergraph-wide)
 * @param membersByGraph per subgraph, the union members known there
 * @param inaccessible whether the type is {@code @inaccessible}
 */
public record TypeInfo(String name, TypeKind kind, List<JoinType> joinTypes, Map<String, FieldInfo> fields,
		List<String> interfaces, Map<String, Set<String>> implementsByGraph, List<String> members,
		Map<String, Set<String>> membersByGraph, boolean inaccessible) {

	public @Nullable FieldInfo field(String fieldName) {
		return this.fields.get(fieldName);
	}

	/**
	 * Whether the type is defined in the subgraph.
	 * @param graph the subgraph name
	 * @return whether a {@code @join__type} names the subgraph
	 */
	public boolean isIn(String graph) {
		for (JoinType joinType : this.joinTypes) {
			if (joinType.graph().equals(graph)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the subgraph models this (interface) type as an {@code @interfaceObject}.
	 * @param graph the subgraph name
	 * @return whether it is an interface object there
	 */
	public boolean isInterfaceObjectIn(String graph) {
		for (JoinType joinType : this.joinTypes) {
			if (joinType.graph().equals(graph) && joinType.interfaceObject()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The keys the subgraph can resolve {@code _entities} with.
	 * @param graph the subgraph name
	 * @return the resolvable keys, in declaration order
	 */
	public List<FieldSet> resolvableKeys(String graph) {
		return this.joinTypes.stream()
			.filter((joinType) -> joinType.graph().equals(graph) && joinType.key() != null && joinType.resolvable())
			.map(JoinType::key)
			.toList();
	}

	/**
	 * All keys declared by the subgraph (resolvable or not): their fields are available
	 * there.
	 * @param graph the subgraph name
	 * @return the keys
	 */
	public List<FieldSet> keys(String graph) {
		return this.joinTypes.stream()
			.filter((joinType) -> joinType.graph().equals(graph) && joinType.key() != null)
			.map(JoinType::key)
			.toList();
	}

	public boolean isEntity() {
		return this.joinTypes.stream().anyMatch((joinType) -> joinType.key() != null);
	}

}
