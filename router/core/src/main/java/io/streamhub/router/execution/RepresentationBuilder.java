package io.streamhub.router.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.streamhub.router.planning.plan.EntityInput;
import io.streamhub.router.planning.plan.Selection;
import io.streamhub.router.supergraph.Supergraph;
import org.jspecify.annotations.Nullable;

/**
 * Builds an entity representation from a response object: copies the input's selections
 * (key and {@code @requires} fields) out of the already-parsed tree.
 */
final class RepresentationBuilder {

	private final Supergraph supergraph;

	RepresentationBuilder(Supergraph supergraph) {
		this.supergraph = supergraph;
	}

	/**
	 * The representation of an object, or {@code null} when the object lacks a selected
	 * field (e.g. a null or missing key: such an entity cannot be fetched).
	 * @param object the response object
	 * @param inputs the fetch's inputs
	 * @return the representation or {@code null}
	 */
	@Nullable Map<String, @Nullable Object> build(Map<String, @Nullable Object> object, List<EntityInput> inputs) {
		Object typename = object.get("__typename");
		for (EntityInput input : inputs) {
			if (input.typeName().equals(typename)) {
				return build(object, input);
			}
		}
		return null;
	}

	private @Nullable Map<String, @Nullable Object> build(Map<String, @Nullable Object> object, EntityInput input) {
		Map<String, @Nullable Object> representation = new LinkedHashMap<>();
		representation.put("__typename", input.representationTypename());
		boolean first = true;
		for (Selection selection : input.selections()) {
			if (selection.name().equals("__typename")) {
				continue;
			}
			// the key's fields come first: a missing or null key means the entity cannot
			// be fetched
			boolean keyMissing = first && object.get(selection.name()) == null;
			if (!object.containsKey(selection.name()) || keyMissing) {
				return null;
			}
			first = false;
			representation.put(selection.name(), project(object.get(selection.name()), selection.children()));
		}
		return representation;
	}

	@SuppressWarnings("unchecked")
	private @Nullable Object project(@Nullable Object value, List<Selection> selections) {
		if (selections.isEmpty() || value == null) {
			return value;
		}
		if (value instanceof List<?> list) {
			List<@Nullable Object> projected = new ArrayList<>(list.size());
			list.forEach((item) -> projected.add(project(item, selections)));
			return projected;
		}
		if (!(value instanceof Map<?, ?> map)) {
			return value;
		}
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		projectInto(result, (Map<String, @Nullable Object>) map, selections);
		return result;
	}

	private void projectInto(Map<String, @Nullable Object> result, Map<String, @Nullable Object> object,
			List<Selection> selections) {
		for (Selection selection : selections) {
			if (selection.isFragment()) {
				if (applies(selection.typeCondition(), object.get("__typename"))) {
					projectInto(result, object, selection.children());
				}
				continue;
			}
			if (object.containsKey(selection.name())) {
				result.put(selection.name(), project(object.get(selection.name()), selection.children()));
			}
		}
	}

	private boolean applies(@Nullable String typeCondition, @Nullable Object typename) {
		if (typeCondition == null || typeCondition.equals(typename)) {
			return true;
		}
		return typename instanceof String name && this.supergraph.possibleTypes(typeCondition).contains(name);
	}

}
