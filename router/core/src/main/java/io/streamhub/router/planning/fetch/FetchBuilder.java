package io.streamhub.router.planning.fetch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.AstPrinter;
import graphql.language.Directive;
import graphql.language.Node;
import graphql.language.VariableReference;
import io.streamhub.router.planning.normalize.NormalizedField;
import io.streamhub.router.planning.plan.EntityInput;
import io.streamhub.router.planning.plan.Selection;
import org.jspecify.annotations.Nullable;

/**
 * One subgraph fetch under construction: its selection, its representation inputs (entity
 * fetches) and the fetches it must wait for.
 */
final class FetchBuilder {

	final int id;

	final String graph;

	final List<String> path;

	final boolean entity;

	final int segment;

	final SelectionBuilder selection = new SelectionBuilder();

	final Set<FetchBuilder> dependencies = new LinkedHashSet<>();

	final Set<String> variables = new LinkedHashSet<>();

	/**
	 * The variable-driven {@code @skip}/{@code @include} every field of this fetch
	 * shares, if any.
	 */
	@Nullable Directive condition;

	private boolean conditionSet;

	private final Map<String, InputBuilder> inputs = new LinkedHashMap<>();

	FetchBuilder(int id, String graph, List<String> path, boolean entity, int segment) {
		this.id = id;
		this.graph = graph;
		this.path = List.copyOf(path);
		this.entity = entity;
		this.segment = segment;
	}

	/**
	 * Narrows the fetch's shared condition with the fields of a new group: the fetch
	 * stays conditional only while every group planned into it has the same condition.
	 * @param fields the group's fields
	 */
	void shareCondition(List<NormalizedField> fields) {
		Directive common = commonCondition(fields);
		if (!this.conditionSet) {
			this.condition = common;
			this.conditionSet = true;
		}
		else if (this.condition != null && (common == null || !same(this.condition, common))) {
			this.condition = null;
		}
	}

	private static @Nullable Directive commonCondition(List<NormalizedField> fields) {
		Directive common = null;
		for (NormalizedField field : fields) {
			if (field.conditions().size() != 1) {
				return null;
			}
			Directive condition = field.conditions().get(0);
			if (common != null && !same(common, condition)) {
				return null;
			}
			common = condition;
		}
		return common;
	}

	private static boolean same(Directive a, Directive b) {
		return AstPrinter.printAstCompact(a).equals(AstPrinter.printAstCompact(b));
	}

	void useVariables(NormalizedField field) {
		field.arguments().forEach(this::collectVariables);
		field.conditions().forEach(this::collectVariables);
	}

	private void collectVariables(Node<?> node) {
		if (node instanceof VariableReference reference) {
			this.variables.add(reference.getName());
			return;
		}
		for (Node<?> child : node.getChildren()) {
			collectVariables(child);
		}
	}

	void addInput(String typeName, String representationTypename, List<NormalizedField> requirements) {
		this.inputs.computeIfAbsent(typeName, (key) -> new InputBuilder(representationTypename)).add(requirements);
	}

	List<EntityInput> inputs() {
		List<EntityInput> result = new ArrayList<>();
		this.inputs.forEach((type, input) -> result.add(new EntityInput(type, input.typename, input.toSelections())));
		return result;
	}

	boolean dependsOn(FetchBuilder other) {
		if (this == other) {
			return true;
		}
		for (FetchBuilder dependency : this.dependencies) {
			if (dependency.dependsOn(other)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return "Fetch#" + this.id + "(" + this.graph + " at " + this.path + ")";
	}

	/** The representation selection of one type, merged over every jump that uses it. */
	private static final class InputBuilder {

		private final String typename;

		private final Map<String, Object> tree = new LinkedHashMap<>();

		InputBuilder(String typename) {
			this.typename = typename;
		}

		void add(List<NormalizedField> fields) {
			merge(this.tree, fields);
		}

		@SuppressWarnings("unchecked")
		private static void merge(Map<String, Object> tree, List<NormalizedField> fields) {
			for (NormalizedField field : fields) {
				Map<String, Object> child = (Map<String, Object>) tree.computeIfAbsent(field.responseKey(),
						(key) -> new LinkedHashMap<String, Object>());
				boolean isAbstract = field.children().size() > 1
						|| (field.children().size() == 1 && !field.children().containsKey(field.typeName()));
				for (Map.Entry<String, List<NormalizedField>> entry : field.children().entrySet()) {
					Map<String, Object> target = child;
					if (isAbstract) {
						child.put("__typename", new LinkedHashMap<String, Object>());
						target = (Map<String, Object>) child.computeIfAbsent("... on " + entry.getKey(),
								(key) -> new LinkedHashMap<String, Object>());
					}
					merge(target, entry.getValue());
				}
			}
		}

		List<Selection> toSelections() {
			return toSelections(this.tree);
		}

		@SuppressWarnings("unchecked")
		private static List<Selection> toSelections(Map<String, Object> tree) {
			List<Selection> selections = new ArrayList<>();
			for (Map.Entry<String, Object> entry : tree.entrySet()) {
				List<Selection> children = toSelections((Map<String, Object>) entry.getValue());
				if (entry.getKey().startsWith("... on ")) {
					selections.add(Selection.fragment(entry.getKey().substring(7), children));
				}
				else {
					selections.add(Selection.field(entry.getKey(), children));
				}
			}
			return selections;
		}

	}

}
