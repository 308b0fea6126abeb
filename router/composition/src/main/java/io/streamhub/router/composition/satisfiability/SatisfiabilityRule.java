package io.streamhub.router.composition.satisfiability;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.streamhub.router.composition.model.JoinType;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Supergraph;
import io.streamhub.router.composition.model.SupergraphField;
import io.streamhub.router.composition.model.SupergraphType;
import io.streamhub.router.composition.model.TypeKind;

/**
 * Reports {@code SATISFIABILITY_ERROR} for every root field under which some query of the
 * API schema cannot be planned: a field no subgraph reachable from where the object came
 * from resolves. A selection with several ways to be resolved fails only when all of them
 * fail, so the search runs to a fixpoint: a state is bad once one of its selections fails
 * given the states already known bad. Each error prints one such query.
 */
public final class SatisfiabilityRule {

	private static final List<String> ROOTS = List.of("Query", "Mutation", "Subscription");

	private final Resolvability resolvability;

	private final Map<State, List<Requirement>> requirements = new LinkedHashMap<>();

	/** bad state → the round it was found bad in. */
	private final Map<State, Integer> bad = new HashMap<>();

	/** bad state → the selection that fails there. */
	private final Map<State, Requirement> reasons = new HashMap<>();

	private SatisfiabilityRule(Supergraph supergraph) {
		this.resolvability = new Resolvability(supergraph);
	}

	/**
	 * Checks the merged supergraph.
	 * @param supergraph the merged model, free of merge problems
	 * @param problems where satisfiability errors are reported
	 */
	public static void check(Supergraph supergraph, List<Problem> problems) {
		new SatisfiabilityRule(supergraph).run(problems);
	}

	private void run(List<Problem> problems) {
		Map<String, List<Requirement>> roots = new LinkedHashMap<>();
		for (String root : ROOTS) {
			SupergraphType type = this.resolvability.supergraph().types().get(root);
			if (type != null) {
				roots.put(root, rootRequirements(type));
			}
		}
		explore(roots.values().stream().flatMap(List::stream).toList());
		markBad();
		for (Map.Entry<String, List<Requirement>> root : roots.entrySet()) {
			for (Requirement requirement : root.getValue()) {
				if (requirement.failsGiven(this.bad)) {
					problems.add(new Problem("SATISFIABILITY_ERROR",
							new Witness(this.bad, this.reasons, this.resolvability.supergraph()).describe(root.getKey(),
									requirement),
							null, requirement.coordinate()));
				}
			}
		}
	}

	private List<Requirement> rootRequirements(SupergraphType root) {
		List<Requirement> result = new ArrayList<>();
		for (SupergraphField field : accessibleFields(root)) {
			List<State> options = new ArrayList<>();
			for (JoinType join : root.joinTypes()) {
				if (this.resolvability.resolves(root, field, join.graph())) {
					options.add(stateOf(field, root, join.graph()));
				}
			}
			result.add(new Requirement(field.name(), root.name() + "." + field.name(), isComposite(field), options));
		}
		return result;
	}

	private void explore(List<Requirement> start) {
		Deque<State> queue = new ArrayDeque<>();
		start.stream().filter(Requirement::composite).forEach((requirement) -> queue.addAll(requirement.options()));
		while (!queue.isEmpty()) {
			State state = queue.poll();
			if (this.requirements.containsKey(state)) {
				continue;
			}
			List<Requirement> selections = selectionsAt(state);
			this.requirements.put(state, selections);
			selections.stream()
				.filter(Requirement::composite)
				.forEach((requirement) -> queue.addAll(requirement.options()));
		}
	}

	private List<Requirement> selectionsAt(State state) {
		SupergraphType type = state.type();
		List<Requirement> result = new ArrayList<>();
		if (this.resolvability.involvesInterfaceObject(type)) {
			return result;
		}
		for (SupergraphType possible : possibleTypes(type, state.graph())) {
			result.add(new Requirement("... on " + possible.name(), possible.name(), true,
					List.of(new State(possible, state.graph()))));
		}
		if (type.kind() != TypeKind.OBJECT) {
			// a field of an abstract type can always be asked of each possible type
			// instead, which the fragments above check
			return result;
		}
		for (SupergraphField field : accessibleFields(type)) {
			if (field.joinFields().stream().anyMatch((join) -> join.graph() == null)) {
				// resolved through an @interfaceObject: not checked
				continue;
			}
			List<State> options = new ArrayList<>();
			for (String graph : this.resolvability.reach(type, state.graph())) {
				if (this.resolvability.resolves(type, field, graph)) {
					options.add(stateOf(field, type, graph));
				}
			}
			result.add(new Requirement(field.name(), type.name() + "." + field.name(), isComposite(field), options));
		}
		return result;
	}

	private List<SupergraphType> possibleTypes(SupergraphType abstractType, String graph) {
		List<SupergraphType> result = new ArrayList<>();
		if (abstractType.kind() != TypeKind.INTERFACE && abstractType.kind() != TypeKind.UNION) {
			return result;
		}
		for (SupergraphType candidate : this.resolvability.supergraph().types().values()) {
			if (candidate.kind() != TypeKind.OBJECT || candidate.applied().inaccessible()) {
				continue;
			}
			List<String> graphs = (abstractType.kind() == TypeKind.UNION) ? abstractType.members().get(candidate.name())
					: candidate.interfaces().get(abstractType.name());
			if (graphs != null && graphs.contains(graph)) {
				result.add(candidate);
			}
		}
		return result;
	}

	private void markBad() {
		int round = 0;
		boolean changed = true;
		while (changed) {
			changed = false;
			Map<State, Requirement> found = new HashMap<>();
			for (Map.Entry<State, List<Requirement>> entry : this.requirements.entrySet()) {
				if (this.bad.containsKey(entry.getKey())) {
					continue;
				}
				entry.getValue()
					.stream()
					.filter((requirement) -> requirement.failsGiven(this.bad))
					.findFirst()
					.ifPresent((requirement) -> found.put(entry.getKey(), requirement));
			}
			for (Map.Entry<State, Requirement> entry : found.entrySet()) {
				this.bad.put(entry.getKey(), round);
				this.reasons.put(entry.getKey(), entry.getValue());
				changed = true;
			}
			round++;
		}
	}

	private State stateOf(SupergraphField field, SupergraphType parent, String graph) {
		SupergraphType returned = this.resolvability.supergraph().types().get(field.type().baseName());
		return new State((returned != null && isCompositeType(returned)) ? returned : parent, graph);
	}

	private boolean isComposite(SupergraphField field) {
		SupergraphType returned = this.resolvability.supergraph().types().get(field.type().baseName());
		return returned != null && isCompositeType(returned);
	}

	private static boolean isCompositeType(SupergraphType type) {
		return type.kind() == TypeKind.OBJECT || type.kind() == TypeKind.INTERFACE || type.kind() == TypeKind.UNION;
	}

	private static List<SupergraphField> accessibleFields(SupergraphType type) {
		return type.fields().values().stream().filter((field) -> !field.applied().inaccessible()).toList();
	}

}
