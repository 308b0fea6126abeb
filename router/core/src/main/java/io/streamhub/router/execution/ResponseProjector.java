package io.streamhub.router.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.VariableReference;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.streamhub.router.planning.normalize.NormalizedField;
import org.jspecify.annotations.Nullable;

/**
 * Projects the merged subgraph data onto the client's selection (response keys, fragments
 * per concrete type, {@code __typename}, variable-driven {@code @skip}/{@code @include})
 * and propagates nulls per the API schema: a null in a non-null position nulls the
 * nearest nullable parent, with an error unless one already explains it.
 */
final class ResponseProjector {

	private static final Object INVALID = new Object();

	private final Map<String, @Nullable Object> variables;

	private final List<ExecutionError> errors;

	ResponseProjector(Map<String, @Nullable Object> variables, List<ExecutionError> errors) {
		this.variables = variables;
		this.errors = errors;
	}

	/**
	 * Projects the root.
	 * @param data the merged data
	 * @param rootType the root type name
	 * @param fields the root fields
	 * @return the client data, or {@code null} when a non-null root field is null
	 */
	@Nullable Map<String, @Nullable Object> project(Map<String, @Nullable Object> data, String rootType,
			List<NormalizedField> fields) {
		Object result = projectObject(data, rootType, fields, new ArrayList<>());
		return (result == INVALID) ? null : castMap(result);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, @Nullable Object> castMap(Object value) {
		return (Map<String, @Nullable Object>) value;
	}

	private Object projectObject(Map<String, @Nullable Object> object, String type, List<NormalizedField> fields,
			List<Object> path) {
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		for (NormalizedField field : fields) {
			if (!isIncluded(field)) {
				continue;
			}
			if (field.isTypename()) {
				result.put(field.responseKey(), type);
				continue;
			}
			path.add(field.responseKey());
			Object value = complete(object.get(field.responseKey()), field.type(), field, path);
			path.remove(path.size() - 1);
			if (value == INVALID) {
				return INVALID;
			}
			result.put(field.responseKey(), value);
		}
		return result;
	}

	private @Nullable Object complete(@Nullable Object value, GraphQLType type, NormalizedField field,
			List<Object> path) {
		if (type instanceof GraphQLNonNull nonNull) {
			Object completed = complete(value, nonNull.getWrappedType(), field, path);
			if (completed == null) {
				nullError(field, path);
				return INVALID;
			}
			return completed;
		}
		if (value == null) {
			return null;
		}
		if (type instanceof GraphQLList list) {
			return completeList(value, list.getWrappedType(), field, path);
		}
		if (!field.isComposite()) {
			return value;
		}
		if (!(value instanceof Map<?, ?> map)) {
			return null;
		}
		Map<String, @Nullable Object> object = castMap(map);
		String concrete = concreteType(object, (GraphQLOutputType) type);
		Object projected = projectObject(object, concrete, field.childrenFor(concrete), path);
		return (projected == INVALID) ? null : projected;
	}

	private @Nullable Object completeList(Object value, GraphQLType itemType, NormalizedField field,
			List<Object> path) {
		if (!(value instanceof List<?> list)) {
			return null;
		}
		List<@Nullable Object> result = new ArrayList<>(list.size());
		for (int i = 0; i < list.size(); i++) {
			path.add(i);
			Object item = complete(list.get(i), itemType, field, path);
			path.remove(path.size() - 1);
			if (item == INVALID) {
				return null;
			}
			result.add(item);
		}
		return result;
	}

	private static String concreteType(Map<String, @Nullable Object> object, GraphQLOutputType type) {
		Object typename = object.get("__typename");
		if (typename instanceof String name) {
			return name;
		}
		GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
		return (named instanceof GraphQLObjectType objectType) ? objectType.getName() : "";
	}

	private void nullError(NormalizedField field, List<Object> path) {
		for (ExecutionError error : this.errors) {
			if (error.path() == null || isPrefix(error.path(), path) || isPrefix(path, error.path())) {
				return;
			}
		}
		this.errors.add(new ExecutionError(
				"Cannot return null for non-nullable field " + field.parentType() + "." + field.name(), path,
				Map.of("code", "INTERNAL")));
	}

	private static boolean isPrefix(List<Object> prefix, List<Object> path) {
		if (prefix.size() > path.size()) {
			return false;
		}
		for (int i = 0; i < prefix.size(); i++) {
			if (!String.valueOf(prefix.get(i)).equals(String.valueOf(path.get(i)))) {
				return false;
			}
		}
		return true;
	}

	private boolean isIncluded(NormalizedField field) {
		for (Directive condition : field.conditions()) {
			boolean value = conditionValue(condition);
			if (condition.getName().equals("skip") == value) {
				return false;
			}
		}
		return true;
	}

	private boolean conditionValue(Directive condition) {
		var argument = condition.getArgument("if");
		if (argument == null) {
			return false;
		}
		if (argument.getValue() instanceof BooleanValue literal) {
			return literal.isValue();
		}
		if (argument.getValue() instanceof VariableReference reference) {
			return Boolean.TRUE.equals(this.variables.get(reference.getName()));
		}
		return false;
	}

}
