package io.streamhub.router.planning.fetch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.streamhub.router.planning.graph.QueryGraph;
import io.streamhub.router.planning.normalize.FieldCollector;
import io.streamhub.router.planning.normalize.NormalizedField;
import io.streamhub.router.planning.normalize.NormalizedOperation;
import io.streamhub.router.planning.plan.PlanNode;
import org.jspecify.annotations.Nullable;

/**
 * Stages 4 and 5: root fields to root fetches (mutation fields keep their order,
 * consecutive ones to the same subgraph share a request), the fetch graph below them,
 * then plan nodes.
 */
public final class FetchPlanner {

	private final QueryGraph graph;

	private final RootFieldAssigner rootFields;

	public FetchPlanner(QueryGraph graph) {
		this.graph = graph;
		this.rootFields = new RootFieldAssigner(graph);
	}

	/**
	 * Plans an operation.
	 * @param operation the normalized operation
	 * @return the root plan node, or {@code null} when nothing must be fetched
	 * @throws FetchPlanningException when a field cannot be reached
	 */
	public @Nullable PlanNode plan(NormalizedOperation operation) {
		FieldCollector supergraphFields = new FieldCollector(this.graph.supergraph().supergraphSchema(), Map.of());
		FetchGraphBuilder builder = new FetchGraphBuilder(this.graph, supergraphFields);
		List<NormalizedField> fields = operation.rootFields().stream().filter((f) -> !f.isTypename()).toList();
		if (operation.kind().equals("mutation")) {
			planInOrder(builder, operation.rootType(), fields);
		}
		else {
			planGrouped(builder, operation.rootType(), fields);
		}
		return new PlanAssembler(operation.variableDefinitions(), operation.kind()).assemble(builder.fetches());
	}

	private void planGrouped(FetchGraphBuilder builder, String rootType, List<NormalizedField> fields) {
		Map<String, List<NormalizedField>> groups = new LinkedHashMap<>();
		for (NormalizedField field : fields) {
			groups.computeIfAbsent(this.rootFields.assign(rootType, field, fields), (key) -> new ArrayList<>())
				.add(field);
		}
		for (Map.Entry<String, List<NormalizedField>> group : groups.entrySet()) {
			FetchBuilder fetch = builder.rootFetch(group.getKey(), 0);
			fetch.shareCondition(group.getValue());
			builder.planFields(fetch, fetch.selection, rootType, group.getValue(), List.of(), null, false, 0);
		}
	}

	private void planInOrder(FetchGraphBuilder builder, String rootType, List<NormalizedField> fields) {
		String previous = null;
		List<NormalizedField> run = new ArrayList<>();
		int segment = 0;
		for (NormalizedField field : fields) {
			String subgraph = this.rootFields.assign(rootType, field, List.of(field));
			if (previous != null && !previous.equals(subgraph)) {
				planSegment(builder, rootType, previous, run, segment++);
				run = new ArrayList<>();
			}
			previous = subgraph;
			run.add(field);
		}
		if (previous != null) {
			planSegment(builder, rootType, previous, run, segment);
		}
	}

	private void planSegment(FetchGraphBuilder builder, String rootType, String subgraph, List<NormalizedField> run,
			int segment) {
		FetchBuilder fetch = builder.rootFetch(subgraph, segment);
		builder.planFields(fetch, fetch.selection, rootType, run, List.of(), null, false, 0);
	}

}
