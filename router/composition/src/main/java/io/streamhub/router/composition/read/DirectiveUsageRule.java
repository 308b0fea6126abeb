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

/**
 * Every applied directive must be known: defined in the SDL, built into GraphQL, or a
 * federation directive reachable under that name (imported, or with the link's namespace
 * prefix).
 */
final class DirectiveUsageRule {

	private static final Set<String> BUILT_INS = Set.of("deprecated", "specifiedBy", "include", "skip", "oneOf",
			"link");

	private DirectiveUsageRule() {
	}

	@SuppressWarnings("rawtypes")
	static void check(String subgraph, Document document, FederationLink link, List<Problem> problems) {
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
			pending.addAll(node.getChildren());
		}
	}

}
