package io.streamhub.router.composition.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.streamhub.router.composition.model.Subgraph;
import io.streamhub.router.composition.model.Supergraph;

/**
 * Names the join__Graph values: the subgraph name upper-cased, other characters replaced
 * by {@code _}; when several subgraphs end up with the same name, each of them gets a
 * suffix {@code _1}, {@code _2}, ... in subgraph order (as Apollo does).
 */
final class GraphNames {

	private GraphNames() {
	}

	static List<Supergraph.Graph> of(List<Subgraph> subgraphs) {
		Map<String, Integer> counts = new HashMap<>();
		subgraphs.forEach((subgraph) -> counts.merge(base(subgraph.name()), 1, Integer::sum));
		Map<String, Integer> seen = new HashMap<>();
		List<Supergraph.Graph> graphs = new ArrayList<>();
		for (Subgraph subgraph : subgraphs) {
			String base = base(subgraph.name());
			String name = base;
			if (counts.get(base) > 1) {
				name = base + "_" + seen.merge(base, 1, Integer::sum);
			}
			graphs.add(new Supergraph.Graph(name, subgraph.name(), subgraph.url()));
		}
		return graphs;
	}

	private static String base(String subgraphName) {
		String base = subgraphName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
		return Character.isDigit(base.charAt(0)) ? "_" + base : base;
	}

}
