package io.streamhub.router.composition.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.Node;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Subgraph;

/**
 * Every applied directive must be known: defined in the SDL, built into GraphQL, or a
 * federation directive reachable under that name (imported, or with the link's namespace
 * prefix).
 */
final class DirectiveUsageRule {

	private static final Set<String> BUILT_INS = Set.of("deprecated", "specifiedBy", "include", "skip", "oneOf",
			"link");

	private static final Set<String> CARRIED = Set.of("inaccessible", "tag", "authenticated", "requiresScopes",
			"policy", "cost", "listSize");

	private DirectiveUsageRule() {
	}

	@SuppressWarnings("rawtypes")
	static void check(Subgraph target, Document document, FederationLink link, List<Problem> problems) {
		String subgraph = target.name();
		Set<String> known = new HashSet<>(BUILT_INS);
		document.getDefinitionsOfType(DirectiveDefinition.class)
			.forEach((definition) -> known.add(definition.getName()));
		Set<String> reported = new HashSet<>();
		Deque<Node> pending = new ArrayDeque<>(document.getChildren());
		while (!pending.isEmpty()) {
			Node node = pending.pop();
			if (node instanceof Directive directive && !known.contains(directive.getName())
					&& !link.knows(directive.getName()) && reported.add(directive.getName())) {
				problems.add(Problem.of("INVALID_GRAPHQL", subgraph, null,
						"Unknown directive \"@" + directive.getName() + "\"."));
			}
			if (node instanceof Directive directive && CARRIED.contains(link.canonical(directive.getName()))) {
				target.appliedSpecNames().putIfAbsent(link.canonical(directive.getName()), directive.getName());
			}
			// Depth first, in document order: the supergraph links specs in the order
			// they are first used.
			List<Node> children = node.getChildren();
			for (int i = children.size() - 1; i >= 0; i--) {
				pending.push(children.get(i));
			}
		}
	}

}
