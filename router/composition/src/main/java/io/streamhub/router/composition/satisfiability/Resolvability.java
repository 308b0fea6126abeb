package io.streamhub.router.composition.satisfiability;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.streamhub.router.composition.model.JoinField;
import io.streamhub.router.composition.model.JoinType;
import io.streamhub.router.composition.model.Supergraph;
import io.streamhub.router.composition.model.SupergraphField;
import io.streamhub.router.composition.model.SupergraphType;

/**
 * What each subgraph can resolve, read from the merged model's join directives: which
 * subgraphs resolve a field, and which subgraphs an entity can be fetched from once it
 * was obtained from a given subgraph (key jumps, transitively).
 *
 * <p>
 * Where the exact rule needs a query path (fields made available by a {@code @provides}
 * on the way, the field sets of {@code @requires}) the check is lenient: an external
 * field counts as resolvable in a subgraph that provides it anywhere, requirements are
 * assumed to be met, and any field a subgraph defines may serve as a key field there.
 * Satisfiability errors are therefore never false alarms, but some unsatisfiable
 * supergraphs pass.
 */
final class Resolvability {

	private final Supergraph supergraph;

	/** graph → field names that appear in one of its {@code @provides}. */
	private final Map<String, Set<String>> provided = new HashMap<>();

	private final Map<String, Set<String>> reachCache = new HashMap<>();

	Resolvability(Supergraph supergraph) {
		this.supergraph = supergraph;
		for (SupergraphType type : supergraph.types().values()) {
			for (SupergraphField field : type.fields().values()) {
				for (JoinField join : field.joinFields()) {
					if (join.graph() != null && join.provides() != null) {
						this.provided.computeIfAbsent(join.graph(), (graph) -> new HashSet<>())
							.addAll(FieldSetNames.all(join.provides()));
					}
				}
			}
		}
	}

	/**
	 * Whether the type is modelled as an {@code @interfaceObject} anywhere (such types
	 * are not checked).
	 */
	boolean involvesInterfaceObject(SupergraphType type) {
		return type.joinTypes().stream().anyMatch(JoinType::interfaceObject);
	}

	boolean definedIn(SupergraphType type, String graph) {
		return type.joinTypes().stream().anyMatch((join) -> join.graph().equals(graph));
	}

	/**
	 * Whether a subgraph resolves the field itself (not external unless it provides it,
	 * not overridden away).
	 */
	boolean resolves(SupergraphType type, SupergraphField field, String graph) {
		if (!definedIn(type, graph)) {
			return false;
		}
		List<JoinField> joins = field.joinFields();
		if (joins.isEmpty()) {
			return true;
		}
		for (JoinField join : joins) {
			if (graph.equals(join.graph()) && !join.usedOverridden()
					&& (!join.external() || this.provided.getOrDefault(graph, Set.of()).contains(field.name()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a subgraph has the field at all (external or not): usable as a key field.
	 */
	private boolean has(SupergraphType type, String fieldName, String graph) {
		SupergraphField field = type.fields().get(fieldName);
		if (field == null || !definedIn(type, graph)) {
			return false;
		}
		return field.joinFields().isEmpty()
				|| field.joinFields().stream().anyMatch((join) -> graph.equals(join.graph()));
	}

	/**
	 * The subgraphs an object of this type, obtained from {@code graph}, can be resolved
	 * in: the graph itself plus every graph reachable through resolvable keys whose
	 * fields the current graph has.
	 */
	Set<String> reach(SupergraphType type, String graph) {
		return this.reachCache.computeIfAbsent(type.name() + "\u0000" + graph, (key) -> computeReach(type, graph));
	}

	private Set<String> computeReach(SupergraphType type, String graph) {
		Set<String> reached = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>();
		reached.add(graph);
		queue.add(graph);
		while (!queue.isEmpty()) {
			String current = queue.poll();
			for (JoinType join : type.joinTypes()) {
				if (join.key() != null && join.resolvable() && !reached.contains(join.graph())
						&& keyAvailable(type, join.key(), current)) {
					reached.add(join.graph());
					queue.add(join.graph());
				}
			}
		}
		return reached;
	}

	private boolean keyAvailable(SupergraphType type, String key, String graph) {
		return FieldSetNames.topLevel(key).stream().allMatch((name) -> has(type, name, graph));
	}

	Supergraph supergraph() {
		return this.supergraph;
	}

}
