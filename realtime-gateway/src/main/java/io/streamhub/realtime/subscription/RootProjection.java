package io.streamhub.realtime.subscription;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import org.jspecify.annotations.Nullable;

/**
 * Builds, from an event's root value, the data the realtime subgraph's root fetch would
 * have returned: the fetch's selection (aliases, {@code __typename}, nested entity
 * references, inline fragments) applied to the value. The plan's entity fetches then
 * start from it.
 */
final class RootProjection {

	private final SelectionSet selection;

	RootProjection(SelectionSet selection) {
		this.selection = selection;
	}

	Map<String, @Nullable Object> initialData(Map<String, @Nullable Object> rootValue) {
		Map<String, @Nullable Object> data = new LinkedHashMap<>();
		for (Selection<?> selection : this.selection.getSelections()) {
			if (selection instanceof Field field) {
				data.put(key(field), project(field.getSelectionSet(), rootValue));
			}
		}
		return data;
	}

	private static Map<String, @Nullable Object> project(@Nullable SelectionSet selectionSet,
			Map<String, @Nullable Object> value) {
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		if (selectionSet != null) {
			collect(selectionSet, value, result);
		}
		return result;
	}

	private static void collect(SelectionSet selectionSet, Map<String, @Nullable Object> value,
			Map<String, @Nullable Object> result) {
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof Field field) {
				result.put(key(field), fieldValue(field, value));
			}
			else if (selection instanceof InlineFragment fragment && applies(fragment, value)) {
				collect(fragment.getSelectionSet(), value, result);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Object fieldValue(Field field, Map<String, @Nullable Object> value) {
		Object raw = value.get(field.getName());
		if (field.getSelectionSet() == null || !(raw instanceof Map<?, ?> nested)) {
			return raw;
		}
		return project(field.getSelectionSet(), (Map<String, @Nullable Object>) nested);
	}

	private static boolean applies(InlineFragment fragment, Map<String, @Nullable Object> value) {
		return fragment.getTypeCondition() == null
				|| fragment.getTypeCondition().getName().equals(value.get("__typename"));
	}

	private static String key(Field field) {
		return (field.getAlias() != null) ? field.getAlias() : field.getName();
	}

}
