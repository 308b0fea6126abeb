package io.streamhub.router.planning.fetch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import graphql.language.AstPrinter;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import io.streamhub.router.planning.plan.ConditionNode;
import io.streamhub.router.planning.plan.FetchNode;
import io.streamhub.router.planning.plan.FlattenNode;
import io.streamhub.router.planning.plan.ParallelNode;
import io.streamhub.router.planning.plan.PlanNode;
import io.streamhub.router.planning.plan.SequenceNode;
import org.jspecify.annotations.Nullable;

/**
 * Turns the fetch graph into plan nodes: per segment (one per group of mutation root
 * fields, one for a query), fetches run by level - a fetch's level is one more than the
 * deepest fetch it depends on - so the plan has as few sequential steps as the
 * dependencies allow.
 */
final class PlanAssembler {

	private final Map<String, VariableDefinition> variables = new HashMap<>();

	private final String operationKind;

	PlanAssembler(List<VariableDefinition> variableDefinitions, String operationKind) {
		variableDefinitions.forEach((definition) -> this.variables.put(definition.getName(), definition));
		this.operationKind = operationKind;
	}

	@Nullable PlanNode assemble(List<FetchBuilder> fetches) {
		Map<Integer, Map<Integer, List<FetchBuilder>>> bySegment = new TreeMap<>();
		Map<FetchBuilder, Integer> levels = new HashMap<>();
		for (FetchBuilder fetch : fetches) {
			if (fetch.selection.isEmpty()) {
				continue;
			}
			bySegment.computeIfAbsent(fetch.segment, (key) -> new TreeMap<>())
				.computeIfAbsent(level(fetch, levels), (key) -> new ArrayList<>())
				.add(fetch);
		}
		List<PlanNode> steps = new ArrayList<>();
		for (Map<Integer, List<FetchBuilder>> segment : bySegment.values()) {
			for (List<FetchBuilder> level : segment.values()) {
				steps.add(parallel(level));
			}
		}
		if (steps.isEmpty()) {
			return null;
		}
		return (steps.size() == 1) ? steps.get(0) : new SequenceNode(steps);
	}

	private static int level(FetchBuilder fetch, Map<FetchBuilder, Integer> levels) {
		Integer known = levels.get(fetch);
		if (known != null) {
			return known;
		}
		int level = 0;
		for (FetchBuilder dependency : fetch.dependencies) {
			if (dependency != fetch && dependency.segment == fetch.segment) {
				level = Math.max(level, level(dependency, levels) + 1);
			}
		}
		levels.put(fetch, level);
		return level;
	}

	private PlanNode parallel(List<FetchBuilder> level) {
		List<PlanNode> nodes = new ArrayList<>();
		for (FetchBuilder fetch : level) {
			nodes.add(node(fetch));
		}
		return (nodes.size() == 1) ? nodes.get(0) : new ParallelNode(nodes);
	}

	private PlanNode node(FetchBuilder fetch) {
		PlanNode node = unconditionalNode(fetch);
		if (fetch.condition == null
				|| !(fetch.condition.getArgument("if").getValue() instanceof VariableReference variable)) {
			return node;
		}
		boolean include = fetch.condition.getName().equals("include");
		return include ? new ConditionNode(variable.getName(), node, null)
				: new ConditionNode(variable.getName(), null, node);
	}

	private PlanNode unconditionalNode(FetchBuilder fetch) {
		String selection = fetch.selection.toString();
		List<String> usages = List.copyOf(fetch.variables);
		if (!fetch.entity) {
			String kind = this.operationKind.equals("mutation") ? "mutation" : "query";
			String operation = kind + variableDefinitions(usages, false) + selection;
			return new FetchNode(fetch.graph, operation, selection, List.of(), usages, kind);
		}
		String operation = "query" + variableDefinitions(usages, true)
				+ "{ _entities(representations: $representations) " + selection + " }";
		FetchNode node = new FetchNode(fetch.graph, operation, selection, fetch.inputs(), usages, "query");
		return new FlattenNode(fetch.path, node);
	}

	private String variableDefinitions(List<String> usages, boolean entity) {
		List<String> definitions = new ArrayList<>();
		if (entity) {
			definitions.add("$representations: [_Any!]!");
		}
		for (String usage : usages) {
			VariableDefinition definition = this.variables.get(usage);
			if (definition != null) {
				definitions.add(AstPrinter.printAstCompact(definition));
			}
		}
		return definitions.isEmpty() ? " " : "(" + String.join(", ", definitions) + ") ";
	}

}
