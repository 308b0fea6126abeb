package io.streamhub.router.planning.fetch;

import java.util.List;
import java.util.Map;

import io.streamhub.router.planning.graph.QueryGraph;
import io.streamhub.router.planning.normalize.NormalizedField;

/**
 * Chooses the subgraph of each root field: among the subgraphs resolving it (shared root
 * fields have several), the one resolving most of the field's selection itself, then the
 * one serving most root fields, so fewer requests go out.
 */
final class RootFieldAssigner {

	private static final int SCORE_DEPTH = 4;

	private final QueryGraph graph;

	RootFieldAssigner(QueryGraph graph) {
		this.graph = graph;
	}

	String assign(String rootType, NormalizedField field, List<NormalizedField> siblings) {
		List<String> candidates = this.graph.graphsResolving(rootType, field.name());
		if (candidates.isEmpty()) {
			throw new FetchPlanningException(
					"Cannot plan " + rootType + "." + field.name() + ": no subgraph resolves it");
		}
		String best = candidates.get(0);
		long bestScore = Long.MIN_VALUE;
		for (String candidate : candidates) {
			long score = localScore(candidate, field, SCORE_DEPTH) * 1000L
					+ siblingsServed(candidate, rootType, siblings);
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	private int siblingsServed(String candidate, String rootType, List<NormalizedField> siblings) {
		int count = 0;
		for (NormalizedField sibling : siblings) {
			count += this.graph.isLocal(candidate, rootType, sibling.name()) ? 1 : 0;
		}
		return count;
	}

	private int localScore(String candidate, NormalizedField field, int depth) {
		if (depth == 0) {
			return 0;
		}
		int score = 0;
		for (Map.Entry<String, List<NormalizedField>> entry : field.children().entrySet()) {
			if (!this.graph.canReturn(candidate, field.typeName(), entry.getKey())) {
				continue;
			}
			score += childScore(candidate, entry.getKey(), entry.getValue(), depth);
		}
		return score;
	}

	private int childScore(String candidate, String type, List<NormalizedField> children, int depth) {
		int score = 0;
		for (NormalizedField child : children) {
			if (child.isTypename() || isLocal(candidate, type, child)) {
				score += 1 + localScore(candidate, child, depth - 1);
			}
		}
		return score;
	}

	private boolean isLocal(String candidate, String type, NormalizedField field) {
		return this.graph.isLocal(candidate, type, field.name())
				&& this.graph.requires(candidate, type, field.name()) == null;
	}

}
