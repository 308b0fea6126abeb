package io.streamhub.router.composition.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.streamhub.router.composition.model.Subgraph;
import io.streamhub.router.composition.model.Supergraph;

/**
 * Names the join__Graph values: the subgraph name upper-cased, other characters replaced
 * by {@code _}, made unique with a numeric suffix.
 */
final class GraphNames {

	private GraphNames() {
	}

	static List<Supergraph.Graph> of(List<Subgraph> subgraphs) {
		Set<String> used = new HashSet<>();
		List<Supergraph.Graph> graphs = new ArrayList<>();
		for (Subgraph subgraph : subgraphs) {
			String base = subgraph.name().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
			if (Character.isDigit(base.charAt(0))) {
				base = "_" + base;
			}
			String name = base;
			for (int suffix = 1; !used.add(name); suffix++) {
				name = base + "_" + suffix;
			}
			graphs.add(new Supergraph.Graph(name, subgraph.name(), subgraph.url()));
		}
		return graphs;
	}

}
