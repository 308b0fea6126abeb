package io.streamhub.router.composition.satisfiability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.streamhub.router.composition.model.Supergraph;

/**
 * Prints one query that cannot be planned, following the recorded reasons from a failing
 * root field down to a field no reachable subgraph resolves. Every step goes to a state
 * found bad in an earlier round, so the walk ends.
 */
final class Witness {

	private final Map<State, Integer> bad;

	private final Map<State, Requirement> reasons;

	private final Supergraph supergraph;

	Witness(Map<State, Integer> bad, Map<State, Requirement> reasons, Supergraph supergraph) {
		this.bad = bad;
		this.reasons = reasons;
		this.supergraph = supergraph;
	}

	String describe(String rootType, Requirement root) {
		List<String> path = new ArrayList<>();
		path.add(root.selection());
		Requirement current = root;
		State at = null;
		while (!current.options().isEmpty()) {
			State next = lowest(current.options());
			Requirement reason = this.reasons.get(next);
			if (reason == null) {
				break;
			}
			at = next;
			current = reason;
			path.add(current.selection());
		}
		String query = query(rootType, path);
		String from = (at != null) ? "from subgraph \"" + graphName(at.graph()) + "\": " : "";
		return "The following supergraph API query:\n" + query + "\ncannot be satisfied by the subgraphs because:\n- "
				+ from + "cannot find field \"" + current.coordinate() + "\".";
	}

	private State lowest(List<State> options) {
		State best = options.get(0);
		for (State option : options) {
			if (this.bad.getOrDefault(option, Integer.MAX_VALUE) < this.bad.getOrDefault(best, Integer.MAX_VALUE)) {
				best = option;
			}
		}
		return best;
	}

	private static String query(String rootType, List<String> path) {
		StringBuilder out = new StringBuilder(rootType.equals("Query") ? "" : rootType.toLowerCase() + " ");
		out.append("{\n");
		for (int i = 0; i < path.size(); i++) {
			out.append("  ".repeat(i + 1)).append(path.get(i));
			out.append((i < path.size() - 1) ? " {\n" : (path.get(i).startsWith("...") ? " { __typename }\n" : "\n"));
		}
		for (int i = path.size() - 1; i > 0; i--) {
			out.append("  ".repeat(i)).append("}\n");
		}
		out.append('}');
		return out.toString();
	}

	private String graphName(String graph) {
		return this.supergraph.graphs()
			.stream()
			.filter((candidate) -> candidate.enumName().equals(graph))
			.map(Supergraph.Graph::name)
			.findFirst()
			.orElse(graph);
	}

}
