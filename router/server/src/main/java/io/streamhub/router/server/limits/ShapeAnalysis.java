package io.streamhub.router.server.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * Computes the {@link Shape} of an operation in one pass. Each fragment is analysed once
 * and its shape reused at every spread, so documents that spread fragments which spread
 * fragments (the CVE-2025-32380 pattern) cost time linear in their text, not in their
 * exponential expansion. Fragment cycles count as empty here (validation reports them).
 * <p>
 * Cost: a field costs 1 plus its selection's cost times the field's list size: the
 * {@code first}/{@code last} argument (literal or variable), else the default list size
 * for list-typed fields, else 1. A connection's size is its {@code first}/{@code last}:
 * list fields directly below a sized field ({@code edges}, {@code nodes}) count once.
 */
final class ShapeAnalysis {

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, @Nullable Object> variables;

	private final @Nullable GraphQLSchema schema;

	private final int defaultListSize;

	private final Map<String, Shape> fragmentShapes = new HashMap<>();

	private final Set<String> inProgress = new HashSet<>();

	ShapeAnalysis(Map<String, FragmentDefinition> fragments, Map<String, @Nullable Object> variables,
			@Nullable GraphQLSchema schema, int defaultListSize) {
		this.fragments = fragments;
		this.variables = variables;
		this.schema = schema;
		this.defaultListSize = defaultListSize;
	}

	Shape of(@Nullable SelectionSet selectionSet, @Nullable GraphQLType parent) {
		return of(selectionSet, parent, false);
	}

	private Shape of(@Nullable SelectionSet selectionSet, @Nullable GraphQLType parent, boolean sized) {
		Shape shape = Shape.EMPTY;
		if (selectionSet == null) {
			return shape;
		}
		for (Selection<?> selection : selectionSet.getSelections()) {
			shape = shape.plus(selectionShape(selection, parent, sized));
		}
		return shape;
	}

	private Shape selectionShape(Selection<?> selection, @Nullable GraphQLType parent, boolean sized) {
		if (selection instanceof Field field) {
			return fieldShape(field, parent, sized);
		}
		if (selection instanceof InlineFragment inline) {
			GraphQLType type = (inline.getTypeCondition() != null) ? type(inline.getTypeCondition().getName()) : parent;
			return of(inline.getSelectionSet(), type, sized);
		}
		if (selection instanceof FragmentSpread spread) {
			return fragmentShape(spread.getName(), sized);
		}
		return Shape.EMPTY;
	}

	private Shape fragmentShape(String name, boolean sized) {
		String key = sized ? name + "/sized" : name;
		Shape known = this.fragmentShapes.get(key);
		if (known != null) {
			return known;
		}
		FragmentDefinition fragment = this.fragments.get(name);
		if (fragment == null || !this.inProgress.add(key)) {
			return Shape.EMPTY;
		}
		Shape shape = of(fragment.getSelectionSet(), type(fragment.getTypeCondition().getName()), sized);
		this.inProgress.remove(key);
		this.fragmentShapes.put(key, shape);
		return shape;
	}

	private Shape fieldShape(Field field, @Nullable GraphQLType parent, boolean parentSized) {
		GraphQLFieldDefinition definition = definition(field, parent);
		GraphQLType fieldType = (definition != null) ? GraphQLTypeUtil.unwrapAll(definition.getType()) : null;
		Long explicitSize = explicitSize(field);
		Shape children = of(field.getSelectionSet(), fieldType, explicitSize != null);
		long listSize = listSize(explicitSize, definition, parentSized);
		boolean introspection = field.getName().equals("__schema") || field.getName().equals("__type");
		return new Shape(Shape.add(children.depth(), 1),
				Shape.add(children.aliases(), (field.getAlias() != null) ? 1 : 0), 1,
				Shape.add(1, Shape.multiply(children.cost(), listSize)),
				Math.max(children.maxDirectives(), field.getDirectives().size()),
				introspection || children.introspection());
	}

	private long listSize(@Nullable Long explicitSize, @Nullable GraphQLFieldDefinition definition,
			boolean parentSized) {
		if (explicitSize != null) {
			return Math.max(0, explicitSize);
		}
		if (parentSized || definition == null || !isList(definition.getType())) {
			return 1;
		}
		return this.defaultListSize;
	}

	private @Nullable Long explicitSize(Field field) {
		for (Argument argument : field.getArguments()) {
			if (argument.getName().equals("first") || argument.getName().equals("last")) {
				Long size = intValue(argument.getValue());
				if (size != null) {
					return size;
				}
			}
		}
		return null;
	}

	private @Nullable Long intValue(Value<?> value) {
		if (value instanceof IntValue literal) {
			return literal.getValue().longValue();
		}
		if (value instanceof VariableReference reference
				&& this.variables.get(reference.getName()) instanceof Number number) {
			return number.longValue();
		}
		return null;
	}

	private static boolean isList(GraphQLType type) {
		GraphQLType unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
		return unwrapped instanceof GraphQLList;
	}

	private @Nullable GraphQLFieldDefinition definition(Field field, @Nullable GraphQLType parent) {
		if (parent instanceof GraphQLFieldsContainer container) {
			return container.getFieldDefinition(field.getName());
		}
		return null;
	}

	private @Nullable GraphQLType type(String name) {
		if (this.schema == null) {
			return null;
		}
		GraphQLType type = this.schema.getType(name);
		return (type instanceof GraphQLCompositeType) ? type : null;
	}

}
