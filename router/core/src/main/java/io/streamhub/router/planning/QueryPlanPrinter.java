package io.streamhub.router.planning;

import io.streamhub.router.planning.plan.ConditionNode;
import io.streamhub.router.planning.plan.EntityInput;
import io.streamhub.router.planning.plan.FetchNode;
import io.streamhub.router.planning.plan.FlattenNode;
import io.streamhub.router.planning.plan.ParallelNode;
import io.streamhub.router.planning.plan.PlanNode;
import io.streamhub.router.planning.plan.Selection;
import io.streamhub.router.planning.plan.SequenceNode;

/**
 * Prints plans in an Apollo-like text form, for golden tests and debugging.
 */
public final class QueryPlanPrinter {

	private QueryPlanPrinter() {
	}

	/**
	 * Prints a plan.
	 * @param plan the plan
	 * @return the text
	 */
	public static String print(QueryPlan plan) {
		StringBuilder out = new StringBuilder("QueryPlan {\n");
		if (plan.node() != null) {
			print(plan.node(), 1, out);
		}
		return out.append("}").toString();
	}

	private static void print(PlanNode node, int depth, StringBuilder out) {
		if (node instanceof FetchNode fetch) {
			printFetch(fetch, depth, out);
		}
		else if (node instanceof FlattenNode flatten) {
			indent(out, depth).append("Flatten(path: \"").append(String.join(".", flatten.path())).append("\") {\n");
			printFetch(flatten.node(), depth + 1, out);
			indent(out, depth).append("},\n");
		}
		else if (node instanceof SequenceNode sequence) {
			printChildren("Sequence", sequence.nodes(), depth, out);
		}
		else if (node instanceof ParallelNode parallel) {
			printChildren("Parallel", parallel.nodes(), depth, out);
		}
		else if (node instanceof ConditionNode condition) {
			printCondition(condition, depth, out);
		}
	}

	private static void printChildren(String name, java.util.List<PlanNode> nodes, int depth, StringBuilder out) {
		indent(out, depth).append(name).append(" {\n");
		for (PlanNode child : nodes) {
			print(child, depth + 1, out);
		}
		indent(out, depth).append("},\n");
	}

	private static void printCondition(ConditionNode condition, int depth, StringBuilder out) {
		if (condition.ifTrue() != null) {
			indent(out, depth).append("Include(if: $").append(condition.variable()).append(") {\n");
			print(condition.ifTrue(), depth + 1, out);
			indent(out, depth).append("},\n");
		}
		if (condition.ifFalse() != null) {
			indent(out, depth).append("Skip(if: $").append(condition.variable()).append(") {\n");
			print(condition.ifFalse(), depth + 1, out);
			indent(out, depth).append("},\n");
		}
	}

	private static void printFetch(FetchNode fetch, int depth, StringBuilder out) {
		indent(out, depth).append("Fetch(service: \"").append(fetch.serviceName()).append("\") {\n");
		if (fetch.isEntityFetch()) {
			indent(out, depth + 1).append("{ ");
			for (EntityInput input : fetch.inputs()) {
				out.append("... on ").append(input.typeName()).append(" ");
				printSelections(input.selections(), out);
				out.append(" ");
			}
			out.append("} =>\n");
		}
		indent(out, depth + 1).append(fetch.selection()).append("\n");
		indent(out, depth).append("},\n");
	}

	private static void printSelections(java.util.List<Selection> selections, StringBuilder out) {
		out.append("{");
		for (Selection selection : selections) {
			out.append(" ");
			if (selection.isFragment()) {
				out.append("... on ").append(selection.typeCondition()).append(" ");
				printSelections(selection.children(), out);
				continue;
			}
			out.append(selection.name());
			if (!selection.children().isEmpty()) {
				out.append(" ");
				printSelections(selection.children(), out);
			}
		}
		out.append(" }");
	}

	private static StringBuilder indent(StringBuilder out, int depth) {
		return out.append("  ".repeat(depth));
	}

}
