package io.streamhub.router.planning.fetch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import io.streamhub.router.planning.graph.QueryGraph;
import io.streamhub.router.planning.normalize.FieldCollector;
import io.streamhub.router.planning.normalize.NormalizedField;
import io.streamhub.router.supergraph.FieldSet;
import org.jspecify.annotations.Nullable;

/**
 * Builds the fetch graph of an operation. Fields stay in the subgraph of their parent
 * whenever that subgraph resolves them (or a parent's {@code @provides} does); the others
 * are grouped by the subgraph that resolves most of them and reached with an entity fetch
 * at the same response path, whose representation ({@code __typename}, a key the target
 * resolves, {@code @requires} fields) is planned like any other selection in the parent
 * fetch - which is how keys through intermediate subgraphs and requires of requires fall
 * out. Entity fetches to the same subgraph at the same path are merged unless that would
 * create a cycle.
 */
@SuppressWarnings("rawtypes")
final class FetchGraphBuilder {

	private static final int MAX_JUMP_DEPTH = 12;

	private final QueryGraph graph;

	private final FieldCollector supergraphFields;

	private final List<FetchBuilder> fetches = new ArrayList<>();

	private int segment;

	FetchGraphBuilder(QueryGraph graph, FieldCollector supergraphFields) {
		this.graph = graph;
		this.supergraphFields = supergraphFields;
	}

	List<FetchBuilder> fetches() {
		return this.fetches;
	}

	FetchBuilder rootFetch(String subgraph, int segment) {
		FetchBuilder fetch = new FetchBuilder(this.fetches.size(), subgraph, List.of(), false, segment);
		this.fetches.add(fetch);
		this.segment = segment;
		return fetch;
	}

	/**
	 * Plans fields of a concrete type into a fetch.
	 * @param fetch the fetch whose subgraph resolves the parent object
	 * @param at where in the fetch's selection the parent object's fields go
	 * @param type the concrete parent type
	 * @param fields the fields to plan
	 * @param path the response path of the parent object
	 * @param provided selections a parent field {@code @provides} here, if any
	 * @param requiresSatisfied whether the fields' {@code @requires} are in the
	 * representation
	 * @param depth the number of jumps made to get here
	 * @return the fetches that produce the planned fields
	 */
	Set<FetchBuilder> planFields(FetchBuilder fetch, SelectionBuilder at, String type, List<NormalizedField> fields,
			List<String> path, @Nullable List<Selection> provided, boolean requiresSatisfied, int depth) {
		Set<FetchBuilder> producers = new LinkedHashSet<>();
		producers.add(fetch);
		List<NormalizedField> remote = new ArrayList<>();
		for (NormalizedField field : fields) {
			if (field.isTypename()) {
				// a subgraph seeing the type as an interface object would answer the
				// interface's name
				if (!this.graph.isInterfaceObjectFor(fetch.graph, type)) {
					at.leaf(field);
				}
			}
			else if (resolvesHere(fetch.graph, type, field, provided, requiresSatisfied)
					&& (subtreeResolves(fetch.graph, type, field, provided)
							|| !hasStrictTarget(fetch.graph, type, field))) {
				producers.addAll(planLocal(fetch, at, type, field, path, provided, depth));
			}
			else {
				remote.add(field);
			}
		}
		for (Map.Entry<String, List<NormalizedField>> group : assignRemote(fetch.graph, type, remote).entrySet()) {
			producers.addAll(jump(fetch, at, type, group.getValue(), group.getKey(), path, provided, depth));
		}
		return producers;
	}

	private boolean resolvesHere(String subgraph, String type, NormalizedField field,
			@Nullable List<Selection> provided, boolean requiresSatisfied) {
		if (providedField(provided, type, field.name()) != null && isTypeIn(subgraph, type)) {
			return true;
		}
		if (!this.graph.isLocal(subgraph, type, field.name())) {
			return false;
		}
		return requiresSatisfied || this.graph.requires(subgraph, type, field.name()) == null;
	}

	/**
	 * Whether the subgraph resolves the field's whole selection down to the next entities
	 * (where a jump is possible): value types split over subgraphs must be fetched from
	 * the parent entity.
	 */
	private boolean subtreeResolves(String subgraph, String type, NormalizedField field,
			@Nullable List<Selection> provided) {
		if (!field.isComposite()) {
			return true;
		}
		List<Selection> childProvided = childProvided(subgraph, type, field, provided);
		for (Map.Entry<String, List<NormalizedField>> entry : field.children().entrySet()) {
			if (!this.graph.canReturn(subgraph, field.typeName(), entry.getKey()) || isEntity(entry.getKey())) {
				continue;
			}
			for (NormalizedField child : entry.getValue()) {
				if (child.isTypename()) {
					continue;
				}
				if (!resolvesHere(subgraph, entry.getKey(), child, childProvided, false)
						|| !subtreeResolves(subgraph, entry.getKey(), child, childProvided)) {
					return false;
				}
			}
		}
		return true;
	}

	private boolean isEntity(String type) {
		var info = this.graph.supergraph().type(type);
		return info != null && info.isEntity();
	}

	private boolean hasStrictTarget(String from, String type, NormalizedField field) {
		for (String candidate : this.graph.graphs()) {
			if (!candidate.equals(from) && canJumpTo(candidate, type, field, true)) {
				return true;
			}
		}
		return false;
	}

	private boolean isTypeIn(String subgraph, String type) {
		var info = this.graph.supergraph().type(type);
		return info != null && info.isIn(subgraph);
	}

	private Set<FetchBuilder> planLocal(FetchBuilder fetch, SelectionBuilder at, String type, NormalizedField field,
			List<String> path, @Nullable List<Selection> provided, int depth) {
		fetch.useVariables(field);
		if (!field.isComposite()) {
			at.leaf(field);
			return Set.of(fetch);
		}
		SelectionBuilder child = at.composite(field);
		List<Selection> childProvided = childProvided(fetch.graph, type, field, provided);
		List<String> childPath = childPath(path, field);
		boolean isAbstract = !(this.graph.supergraph()
			.apiSchema()
			.getType(field.typeName()) instanceof GraphQLObjectType);
		if (isAbstract) {
			child.typename();
		}
		Set<FetchBuilder> producers = new LinkedHashSet<>();
		for (Map.Entry<String, List<NormalizedField>> entry : field.children().entrySet()) {
			if (!this.graph.canReturn(fetch.graph, field.typeName(), entry.getKey())) {
				continue;
			}
			SelectionBuilder target = isAbstract ? child.fragment(entry.getKey()) : child;
			producers.addAll(planFields(fetch, target, entry.getKey(), entry.getValue(), childPath, childProvided,
					false, depth));
		}
		producers.add(fetch);
		return producers;
	}

	private @Nullable List<Selection> childProvided(String subgraph, String type, NormalizedField field,
			@Nullable List<Selection> provided) {
		List<Selection> result = new ArrayList<>();
		Field parentProvided = providedField(provided, type, field.name());
		if (parentProvided != null && parentProvided.getSelectionSet() != null) {
			result.addAll(parentProvided.getSelectionSet().getSelections());
		}
		FieldSet provides = this.graph.provides(subgraph, type, field.name());
		if (provides != null) {
			result.addAll(provides.selectionSet().getSelections());
		}
		return result.isEmpty() ? null : result;
	}

	private @Nullable Field providedField(@Nullable List<Selection> provided, String type, String name) {
		if (provided == null) {
			return null;
		}
		for (Selection selection : provided) {
			if (selection instanceof Field field && field.getName().equals(name)) {
				return field;
			}
			if (selection instanceof InlineFragment fragment && appliesTo(fragment, type)) {
				Field nested = providedField(fragment.getSelectionSet().getSelections(), type, name);
				if (nested != null) {
					return nested;
				}
			}
		}
		return null;
	}

	private boolean appliesTo(InlineFragment fragment, String type) {
		if (fragment.getTypeCondition() == null) {
			return true;
		}
		String condition = fragment.getTypeCondition().getName();
		return condition.equals(type) || this.graph.supergraph().possibleTypes(condition).contains(type);
	}

	static List<String> childPath(List<String> path, NormalizedField field) {
		List<String> childPath = new ArrayList<>(path);
		childPath.add(field.responseKey());
		GraphQLType type = field.type();
		while (type instanceof GraphQLNonNull || type instanceof GraphQLList) {
			if (type instanceof GraphQLList) {
				childPath.add("@");
			}
			type = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType()
					: ((GraphQLList) type).getWrappedType();
		}
		return childPath;
	}

	/**
	 * Groups fields the current subgraph cannot resolve by the subgraph that will:
	 * repeatedly the one resolving most of the remaining fields, preferring one whose key
	 * the current subgraph has.
	 */
	private Map<String, List<NormalizedField>> assignRemote(String from, String type, List<NormalizedField> remote) {
		Map<String, List<NormalizedField>> groups = new LinkedHashMap<>();
		List<NormalizedField> remaining = new ArrayList<>(remote);
		while (!remaining.isEmpty()) {
			boolean strict = true;
			String best = bestTarget(from, type, remaining, true);
			if (best == null) {
				strict = false;
				best = bestTarget(from, type, remaining, false);
			}
			if (best == null) {
				NormalizedField field = remaining.get(0);
				throw new FetchPlanningException("Cannot plan " + type + "." + field.name()
						+ ": no subgraph reachable from '" + from + "' resolves it");
			}
			List<NormalizedField> group = groups.computeIfAbsent(best, (key) -> new ArrayList<>());
			for (NormalizedField field : List.copyOf(remaining)) {
				if (canJumpTo(best, type, field, strict)) {
					group.add(field);
					remaining.remove(field);
				}
			}
		}
		return groups;
	}

	private @Nullable String bestTarget(String from, String type, List<NormalizedField> remaining, boolean strict) {
		String best = null;
		int bestScore = 0;
		for (String candidate : this.graph.graphs()) {
			int count = 0;
			for (NormalizedField field : remaining) {
				count += canJumpTo(candidate, type, field, strict) ? 1 : 0;
			}
			int score = count * 2 + (directKey(from, candidate, type) != null ? 1 : 0);
			if (count > 0 && score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	private boolean canJumpTo(String target, String type, NormalizedField field, boolean strict) {
		boolean reachable = this.graph.isLocal(target, type, field.name())
				&& !this.graph.resolvableKeys(target, type).isEmpty();
		return reachable && (!strict || subtreeResolves(target, type, field, null));
	}

	private @Nullable FieldSet directKey(String from, String target, String type) {
		for (FieldSet key : this.graph.resolvableKeys(target, type)) {
			if (this.graph.allLocal(from, type, key.selectionSet())) {
				return key;
			}
		}
		return null;
	}

	private Set<FetchBuilder> jump(FetchBuilder from, SelectionBuilder at, String type, List<NormalizedField> group,
			String target, List<String> path, @Nullable List<Selection> provided, int depth) {
		if (depth > MAX_JUMP_DEPTH) {
			throw new FetchPlanningException(
					"Cannot plan " + type + " fields in '" + target + "': no key path between the subgraphs");
		}
		FieldSet key = directKey(from.graph, target, type);
		if (key == null) {
			key = this.graph.resolvableKeys(target, type).get(0);
		}
		List<NormalizedField> requirements = this.supergraphFields.collect(type,
				requirementSet(type, key, group, target));
		Set<FetchBuilder> producers = planFields(from, at, type, requirements, path, provided, false, depth + 1);
		FetchBuilder entity = entityFetch(target, path, producers);
		entity.shareCondition(group);
		entity.dependencies.addAll(producers);
		String entityType = this.graph.typeIn(target, type);
		entity.addInput(type, entityType, requirements);
		Set<FetchBuilder> result = new LinkedHashSet<>(producers);
		result.addAll(
				planFields(entity, entity.selection.fragment(entityType), type, group, path, null, true, depth + 1));
		return result;
	}

	private SelectionSet requirementSet(String type, FieldSet key, List<NormalizedField> group, String target) {
		List<Selection> selections = new ArrayList<>();
		selections.add(Field.newField("__typename").build());
		selections.addAll(key.selectionSet().getSelections());
		for (NormalizedField field : group) {
			FieldSet requires = this.graph.requires(target, type, field.name());
			if (requires != null) {
				selections.addAll(requires.selectionSet().getSelections());
			}
		}
		return SelectionSet.newSelectionSet(selections).build();
	}

	private FetchBuilder entityFetch(String target, List<String> path, Set<FetchBuilder> producers) {
		for (FetchBuilder existing : this.fetches) {
			if (existing.entity && existing.graph.equals(target) && existing.path.equals(path)
					&& existing.segment == this.segment && noneDependsOn(producers, existing)) {
				return existing;
			}
		}
		FetchBuilder fetch = new FetchBuilder(this.fetches.size(), target, path, true, this.segment);
		this.fetches.add(fetch);
		return fetch;
	}

	private static boolean noneDependsOn(Set<FetchBuilder> producers, FetchBuilder candidate) {
		for (FetchBuilder producer : producers) {
			if (producer.dependsOn(candidate)) {
				return false;
			}
		}
		return true;
	}

}
