package io.streamhub.router.composition.merge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Subgraph;
import io.streamhub.router.composition.model.SubgraphType;

/**
 * EXTENSION_WITH_NO_BASE: a type that every subgraph only extends has no definition
 * anywhere (root types excepted). Runs before the Federation 1 upgrade turns extensions
 * into definitions.
 */
public final class ExtensionWithNoBaseRule {

	private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

	private ExtensionWithNoBaseRule() {
	}

	public static void check(List<Subgraph> subgraphs, List<Problem> problems) {
		Set<String> names = new LinkedHashSet<>();
		subgraphs.forEach((subgraph) -> names.addAll(subgraph.types().keySet()));
		for (String name : names) {
			if (ROOTS.contains(name) || definedSomewhere(subgraphs, name)) {
				continue;
			}
			for (Subgraph subgraph : subgraphs) {
				if (subgraph.types().containsKey(name)) {
					problems.add(Problem.of("EXTENSION_WITH_NO_BASE", subgraph.name(), name,
							"Type \"" + name + "\" is an extension type, but there is no type definition for \"" + name
									+ "\" in any subgraph."));
				}
			}
		}
	}

	private static boolean definedSomewhere(List<Subgraph> subgraphs, String name) {
		for (Subgraph subgraph : subgraphs) {
			SubgraphType type = subgraph.types().get(name);
			if (type != null && (type.hasDefinition() || type.extendsDirective())) {
				return true;
			}
		}
		return false;
	}

}
