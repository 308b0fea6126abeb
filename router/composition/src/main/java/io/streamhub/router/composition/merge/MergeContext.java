package io.streamhub.router.composition.merge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.streamhub.router.composition.model.FieldUsage;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Subgraph;
import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.Supergraph;
import org.jspecify.annotations.Nullable;

/**
 * State shared by the mergers: the subgraphs (in join__Graph order), their field usage,
 * the supergraph being built, the problems found, and where each enum is used.
 */
final class MergeContext {

	enum Position {

		INPUT, OUTPUT

	}

	private final List<Subgraph> subgraphs;

	private final List<FieldUsage> usages = new ArrayList<>();

	private final Supergraph supergraph;

	private final List<Problem> problems;

	private final Map<String, Set<Position>> enumUsage = new HashMap<>();

	MergeContext(List<Subgraph> subgraphs, Supergraph supergraph, List<Problem> problems) {
		this.subgraphs = subgraphs;
		this.supergraph = supergraph;
		this.problems = problems;
		subgraphs.forEach((subgraph) -> this.usages.add(FieldUsage.of(subgraph, new ArrayList<>())));
	}

	int size() {
		return this.subgraphs.size();
	}

	Subgraph subgraph(int index) {
		return this.subgraphs.get(index);
	}

	String name(int index) {
		return this.subgraphs.get(index).name();
	}

	String graph(int index) {
		return this.supergraph.graphs().get(index).enumName();
	}

	int indexOf(String subgraphName) {
		for (int i = 0; i < this.subgraphs.size(); i++) {
			if (this.subgraphs.get(i).name().equals(subgraphName)) {
				return i;
			}
		}
		return -1;
	}

	FieldUsage usage(int index) {
		return this.usages.get(index);
	}

	@Nullable SubgraphType type(int index, String typeName) {
		return this.subgraphs.get(index).types().get(typeName);
	}

	Supergraph supergraph() {
		return this.supergraph;
	}

	void report(Problem problem) {
		this.problems.add(problem);
	}

	void useEnum(String typeName, Position position) {
		this.enumUsage.computeIfAbsent(typeName, (name) -> EnumSet.noneOf(Position.class)).add(position);
	}

	Set<Position> enumUsage(String typeName) {
		return this.enumUsage.getOrDefault(typeName, EnumSet.of(Position.OUTPUT));
	}

}
