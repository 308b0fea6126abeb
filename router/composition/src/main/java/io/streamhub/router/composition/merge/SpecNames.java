package io.streamhub.router.composition.merge;

import java.util.List;

import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Subgraph;

/**
 * Names {@code @inaccessible} and {@code @tag} in the supergraph the way the subgraphs
 * apply them (e.g. {@code @federation__tag}); subgraphs that apply one under different
 * names do not compose (LINK_IMPORT_NAME_MISMATCH).
 */
final class SpecNames {

	private SpecNames() {
	}

	static void apply(MergeContext context) {
		for (int i = 0; i < context.size(); i++) {
			context.subgraph(i)
				.appliedSpecNames()
				.keySet()
				.forEach((canonical) -> context.supergraph().specNames().putIfAbsent(canonical, canonical));
		}
		for (String canonical : List.of("inaccessible", "tag")) {
			String name = null;
			String firstSubgraph = null;
			for (int i = 0; i < context.size(); i++) {
				Subgraph subgraph = context.subgraph(i);
				String local = subgraph.appliedSpecNames().get(canonical);
				if (local == null) {
					continue;
				}
				if (name == null) {
					name = local;
					firstSubgraph = subgraph.name();
				}
				else if (!name.equals(local)) {
					context.report(Problem.of("LINK_IMPORT_NAME_MISMATCH", null, "@" + canonical, "The \"@" + canonical
							+ "\" directive is imported with mismatched name between subgraphs: it is imported as \"@"
							+ name + "\" in subgraph \"" + firstSubgraph + "\" but \"@" + local + "\" in subgraph \""
							+ subgraph.name() + "\""));
				}
			}
			if (name != null) {
				context.supergraph().specNames().replace(canonical, name);
			}
		}
	}

}
