package io.streamhub.router.planning.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import io.streamhub.router.supergraph.FieldInfo;
import io.streamhub.router.supergraph.FieldSet;
import io.streamhub.router.supergraph.JoinField;
import io.streamhub.router.supergraph.Supergraph;
import io.streamhub.router.supergraph.SubgraphInfo;
import io.streamhub.router.supergraph.TypeInfo;
import io.streamhub.router.supergraph.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * What each subgraph can resolve: the edges of the query graph. A field is local to a
 * subgraph when the subgraph defines it and it is neither external nor an overridden
 * location; an entity type can be entered in a subgraph through any of its resolvable
 * keys there.
 */
public final class QueryGraph {

	private final Supergraph supergraph;

	private final List<String> graphs;

	public QueryGraph(Supergraph supergraph) {
		this.supergraph = supergraph;
		this.graphs = supergraph.subgraphs().stream().map(SubgraphInfo::name).toList();
	}

	public Supergraph supergraph() {
		return this.supergraph;
	}

	public List<String> graphs() {
		return this.graphs;
	}

	/**
	 * Whether the subgraph resolves the field itself (it may still need
	 * {@code @requires}).
	 * @param graph the subgraph
	 * @param type the concrete parent type
	 * @param field the field name
	 * @return whether the field is local
	 */
	public boolean isLocal(String graph, String type, String field) {
		if (field.equals("__typename")) {
			return true;
		}
		TypeInfo info = this.supergraph.type(typeIn(graph, type));
		if (info == null || !info.isIn(graph)) {
			return false;
		}
		FieldInfo fieldInfo = info.field(field);
		if (fieldInfo == null) {
			return false;
		}
		if (fieldInfo.joins().isEmpty()) {
			return true;
		}
		JoinField join = join(fieldInfo, graph);
		return join != null && !join.external() && !join.usedOverridden();
	}

	private static @Nullable JoinField join(FieldInfo field, String graph) {
		for (JoinField join : field.joins()) {
			if (graph.equals(join.graph())) {
				return join;
			}
		}
		return null;
	}

	/**
	 * The {@code @requires} of the field in the subgraph.
	 * @param graph the subgraph
	 * @param type the parent type
	 * @param field the field
	 * @return the field set, or {@code null}
	 */
	public @Nullable FieldSet requires(String graph, String type, String field) {
		JoinField join = joinOf(graph, type, field);
		return (join != null) ? join.requires() : null;
	}

	/**
	 * The {@code @provides} of the field in the subgraph.
	 * @param graph the subgraph
	 * @param type the parent type
	 * @param field the field
	 * @return the field set, or {@code null}
	 */
	public @Nullable FieldSet provides(String graph, String type, String field) {
		JoinField join = joinOf(graph, type, field);
		return (join != null) ? join.provides() : null;
	}

	/**
	 * The type a subgraph knows an object type as: the type itself, or the
	 * {@code @interfaceObject} standing for one of its interfaces there.
	 * @param graph the subgraph
	 * @param type the concrete type
	 * @return the type name to use in that subgraph
	 */
	public String typeIn(String graph, String type) {
		TypeInfo info = this.supergraph.type(type);
		if (info == null || info.isIn(graph)) {
			return type;
		}
		for (String iface : info.interfaces()) {
			TypeInfo candidate = this.supergraph.type(iface);
			if (candidate != null && candidate.isInterfaceObjectIn(graph)) {
				return iface;
			}
		}
		return type;
	}

	/**
	 * Whether the subgraph sees the type only through an {@code @interfaceObject}.
	 * @param graph the subgraph
	 * @param type the concrete type
	 * @return whether the subgraph knows it as an interface object
	 */
	public boolean isInterfaceObjectFor(String graph, String type) {
		return !typeIn(graph, type).equals(type);
	}

	private @Nullable JoinField joinOf(String graph, String type, String field) {
		TypeInfo info = this.supergraph.type(typeIn(graph, type));
		FieldInfo fieldInfo = (info != null) ? info.field(field) : null;
		return (fieldInfo != null) ? join(fieldInfo, graph) : null;
	}

	/**
	 * The subgraphs where the field is local, in supergraph order.
	 * @param type the parent type
	 * @param field the field
	 * @return the subgraphs
	 */
	public List<String> graphsResolving(String type, String field) {
		List<String> result = new ArrayList<>();
		for (String graph : this.graphs) {
			if (isLocal(graph, type, field)) {
				result.add(graph);
			}
		}
		return result;
	}

	/**
	 * The keys through which the subgraph resolves entities of the type.
	 * @param graph the subgraph
	 * @param type the entity type
	 * @return the keys, possibly empty
	 */
	public List<FieldSet> resolvableKeys(String graph, String type) {
		TypeInfo info = this.supergraph.type(typeIn(graph, type));
		return (info != null) ? info.resolvableKeys(graph) : List.of();
	}

	/**
	 * Whether a field of type {@code fieldType} resolved by the subgraph can hold an
	 * object of the given concrete type (the subgraph knows it as a member or
	 * implementation).
	 * @param graph the subgraph
	 * @param fieldType the field's named type
	 * @param objectType the concrete type
	 * @return whether the subgraph can return it
	 */
	public boolean canReturn(String graph, String fieldType, String objectType) {
		if (fieldType.equals(objectType)) {
			return true;
		}
		TypeInfo abstractType = this.supergraph.type(fieldType);
		TypeInfo object = this.supergraph.type(objectType);
		if (abstractType == null || object == null || !object.isIn(graph)) {
			return false;
		}
		if (abstractType.kind() == TypeKind.UNION) {
			Set<String> members = abstractType.membersByGraph().get(graph);
			return (members == null) ? abstractType.members().contains(objectType) : members.contains(objectType);
		}
		Set<String> implemented = object.implementsByGraph().get(graph);
		return (implemented == null) ? object.interfaces().contains(fieldType) : implemented.contains(fieldType);
	}

	/**
	 * Whether every field of a field set (a key, typically) is local to the subgraph.
	 * @param graph the subgraph
	 * @param type the type the field set applies to
	 * @param selectionSet the field set's selections
	 * @return whether the subgraph can produce them all
	 */
	public boolean allLocal(String graph, String type, SelectionSet selectionSet) {
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (!isLocal(graph, type, selection)) {
				return false;
			}
		}
		return true;
	}

	private boolean isLocal(String graph, String type, Selection<?> selection) {
		if (selection instanceof InlineFragment fragment) {
			String condition = (fragment.getTypeCondition() != null) ? fragment.getTypeCondition().getName() : type;
			return allLocal(graph, condition, fragment.getSelectionSet());
		}
		if (!(selection instanceof Field field)) {
			return true;
		}
		if (!isLocal(graph, type, field.getName()) || requires(graph, type, field.getName()) != null) {
			return false;
		}
		if (field.getSelectionSet() == null) {
			return true;
		}
		FieldInfo info = this.supergraph.type(type).field(field.getName());
		return allLocal(graph, info.typeName(), field.getSelectionSet());
	}

}
