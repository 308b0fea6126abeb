package io.streamhub.router.planning.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.introspection.Introspection;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.jspecify.annotations.Nullable;

/**
 * Collects the fields of selection sets per concrete object type: fragments and spreads
 * are inlined (narrowed to the types they apply to), constant
 * {@code @skip}/{@code @include} applied, variable ones kept on the fields, and fields
 * with the same response key merged.
 */
public final class FieldCollector {

	private final GraphQLSchema schema;

	private final Map<String, FragmentDefinition> fragments;

	public FieldCollector(GraphQLSchema schema, Map<String, FragmentDefinition> fragments) {
		this.schema = schema;
		this.fragments = fragments;
	}

	/**
	 * Normalizes a selection set on a concrete object type.
	 * @param objectType the concrete type
	 * @param selectionSet the selections
	 * @return the normalized fields
	 */
	public List<NormalizedField> collect(String objectType, SelectionSet selectionSet) {
		Map<String, Map<String, FieldGroup>> byType = new LinkedHashMap<>();
		collectInto(byType, Set.of(objectType), List.of(selectionSet), List.of());
		return build(byType.getOrDefault(objectType, Map.of()));
	}

	private void collectInto(Map<String, Map<String, FieldGroup>> out, Set<String> objectTypes,
			List<SelectionSet> selectionSets, List<Directive> conditions) {
		for (SelectionSet selectionSet : selectionSets) {
			for (Selection<?> selection : selectionSet.getSelections()) {
				collectSelection(out, objectTypes, selection, conditions);
			}
		}
	}

	private void collectSelection(Map<String, Map<String, FieldGroup>> out, Set<String> objectTypes,
			Selection<?> selection, List<Directive> inherited) {
		List<Directive> directives = ((graphql.language.DirectivesContainer<?>) selection).getDirectives();
		if (isExcluded(directives)) {
			return;
		}
		List<Directive> conditions = withVariableConditions(inherited, directives);
		if (selection instanceof Field field) {
			for (String type : objectTypes) {
				Map<String, FieldGroup> fields = out.computeIfAbsent(type, (key) -> new LinkedHashMap<>());
				String key = (field.getAlias() != null) ? field.getAlias() : field.getName();
				fields.computeIfAbsent(key, (k) -> new FieldGroup(field, type, conditions)).add(field, conditions);
			}
		}
		else if (selection instanceof InlineFragment fragment) {
			Set<String> narrowed = (fragment.getTypeCondition() != null)
					? narrow(objectTypes, fragment.getTypeCondition().getName()) : objectTypes;
			collectInto(out, narrowed, List.of(fragment.getSelectionSet()), conditions);
		}
		else if (selection instanceof FragmentSpread spread) {
			FragmentDefinition definition = this.fragments.get(spread.getName());
			if (definition == null) {
				return;
			}
			collectInto(out, narrow(objectTypes, definition.getTypeCondition().getName()),
					List.of(definition.getSelectionSet()), conditions);
		}
	}

	private Set<String> narrow(Set<String> objectTypes, String typeCondition) {
		Set<String> possible = possibleTypes(typeCondition);
		Set<String> narrowed = new LinkedHashSet<>();
		for (String type : objectTypes) {
			if (possible.contains(type)) {
				narrowed.add(type);
			}
		}
		return narrowed;
	}

	/**
	 * The concrete object types of a type in the schema.
	 * @param typeName a type name
	 * @return the object types, in schema order
	 */
	public Set<String> possibleTypes(String typeName) {
		GraphQLNamedType type = (GraphQLNamedType) this.schema.getType(typeName);
		Set<String> names = new LinkedHashSet<>();
		if (type instanceof GraphQLObjectType) {
			names.add(typeName);
		}
		else if (type instanceof GraphQLInterfaceType iface) {
			this.schema.getImplementations(iface).forEach((object) -> names.add(object.getName()));
		}
		else if (type instanceof GraphQLUnionType union) {
			union.getTypes().forEach((member) -> names.add(member.getName()));
		}
		return names;
	}

	private List<NormalizedField> build(Map<String, FieldGroup> groups) {
		List<NormalizedField> fields = new ArrayList<>(groups.size());
		for (FieldGroup group : groups.values()) {
			NormalizedField field = group.build();
			if (field != null) {
				fields.add(field);
			}
		}
		return fields;
	}

	static boolean isExcluded(List<Directive> directives) {
		for (Directive directive : directives) {
			Value<?> condition = (directive.getArgument("if") != null) ? directive.getArgument("if").getValue() : null;
			if (!(condition instanceof BooleanValue value)) {
				continue;
			}
			if (directive.getName().equals("skip") && value.isValue()) {
				return true;
			}
			if (directive.getName().equals("include") && !value.isValue()) {
				return true;
			}
		}
		return false;
	}

	private static List<Directive> withVariableConditions(List<Directive> inherited, List<Directive> directives) {
		List<Directive> conditions = null;
		for (Directive directive : directives) {
			boolean isCondition = directive.getName().equals("skip") || directive.getName().equals("include");
			if (isCondition && directive.getArgument("if") != null
					&& directive.getArgument("if").getValue() instanceof graphql.language.VariableReference) {
				conditions = (conditions != null) ? conditions : new ArrayList<>(inherited);
				conditions.add(directive);
			}
		}
		return (conditions != null) ? List.copyOf(conditions) : inherited;
	}

	/** All occurrences of one response key on one concrete type. */
	private final class FieldGroup {

		private final Field first;

		private final String parentType;

		private List<Directive> conditions;

		private final List<SelectionSet> selectionSets = new ArrayList<>();

		private boolean seen;

		FieldGroup(Field first, String parentType, List<Directive> conditions) {
			this.first = first;
			this.parentType = parentType;
			this.conditions = conditions;
		}

		void add(Field field, List<Directive> conditions) {
			if (this.seen && !this.conditions.equals(conditions)) {
				this.conditions = List.of();
			}
			this.seen = true;
			if (field.getSelectionSet() != null) {
				this.selectionSets.add(field.getSelectionSet());
			}
		}

		@Nullable NormalizedField build() {
			GraphQLObjectType parent = FieldCollector.this.schema.getObjectType(this.parentType);
			GraphQLFieldDefinition definition = fieldDefinition(parent, this.first.getName());
			if (definition == null) {
				return null;
			}
			String key = (this.first.getAlias() != null) ? this.first.getAlias() : this.first.getName();
			GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(definition.getType());
			Map<String, List<NormalizedField>> children = new LinkedHashMap<>();
			if (named instanceof GraphQLCompositeType && !this.selectionSets.isEmpty()) {
				Map<String, Map<String, FieldGroup>> byType = new LinkedHashMap<>();
				Set<String> possible = possibleTypes(named.getName());
				collectInto(byType, possible, this.selectionSets, List.of());
				for (String type : possible) {
					children.put(type, FieldCollector.this.build(byType.getOrDefault(type, Map.of())));
				}
			}
			return new NormalizedField(key, this.first.getName(), this.first.getArguments(), this.conditions,
					this.parentType, definition.getType(), named.getName(), children, this.first.getSourceLocation());
		}

		private @Nullable GraphQLFieldDefinition fieldDefinition(@Nullable GraphQLObjectType parent, String name) {
			if (name.equals("__typename")) {
				return Introspection.TypeNameMetaFieldDef;
			}
			if (name.equals("__schema")) {
				return Introspection.SchemaMetaFieldDef;
			}
			if (name.equals("__type")) {
				return Introspection.TypeMetaFieldDef;
			}
			return (parent != null) ? parent.getFieldDefinition(name) : null;
		}

	}

}
