package io.streamhub.router.schema;

import java.util.ArrayList;
import java.util.List;

import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import graphql.GraphQLException;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * Builds the API schema from a supergraph document: join__/link__ definitions and usages
 * removed, everything {@code @inaccessible} removed, then a {@link GraphQLSchema} with
 * pass-through scalars (the router never resolves values itself, it only validates and
 * introspects).
 */
public final class ApiSchemaBuilder {

	private final boolean stripInaccessible;

	private ApiSchemaBuilder(boolean stripInaccessible) {
		this.stripInaccessible = stripInaccessible;
	}

	/**
	 * Builds the API schema document (no federation machinery, no inaccessible elements).
	 * @param supergraph the supergraph document
	 * @return the API schema document
	 */
	public static Document apiDocument(Document supergraph) {
		return new ApiSchemaBuilder(true).strip(supergraph);
	}

	private Document strip(Document supergraph) {
		List<String> removedTypes = removedTypeNames(supergraph);
		List<Definition> definitions = new ArrayList<>();
		for (Definition<?> definition : supergraph.getDefinitions()) {
			Definition<?> kept = transform(definition, removedTypes);
			if (kept != null) {
				definitions.add(kept);
			}
		}
		return Document.newDocument().definitions(definitions).build();
	}

	/**
	 * Builds the executable (validation and introspection) API schema.
	 * @param supergraph the supergraph document
	 * @return the schema
	 * @throws ApiSchemaException when the resulting schema is invalid
	 */
	public static GraphQLSchema build(Document supergraph) {
		return toSchema(apiDocument(supergraph));
	}

	/**
	 * Builds the supergraph's schema without the federation machinery but with the
	 * {@code @inaccessible} elements, to resolve {@code @requires} and key field sets.
	 * @param supergraph the supergraph document
	 * @return the schema
	 */
	public static GraphQLSchema buildWithInaccessible(Document supergraph) {
		return toSchema(new ApiSchemaBuilder(false).strip(supergraph));
	}

	private static GraphQLSchema toSchema(Document api) {
		try {
			TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
			registry.merge(new graphql.schema.idl.SchemaParser().buildRegistry(api));
			return new SchemaGenerator().makeExecutableSchema(registry, PassThroughWiring.runtimeWiring());
		}
		catch (GraphQLException ex) {
			throw new ApiSchemaException("The API schema of the supergraph is invalid: " + ex.getMessage(), ex);
		}
	}

	private List<String> removedTypeNames(Document supergraph) {
		List<String> names = new ArrayList<>();
		for (Definition<?> definition : supergraph.getDefinitions()) {
			if (definition instanceof graphql.language.TypeDefinition<?> type
					&& (isFederationName(type.getName()) || isInaccessible(type))) {
				names.add(type.getName());
			}
		}
		return names;
	}

	static boolean isFederationName(String name) {
		return name.startsWith("join__") || name.startsWith("link__") || name.startsWith("core__");
	}

	static boolean isFederationDirective(String name) {
		return isFederationName(name) || name.equals("link") || name.equals("core") || name.equals("inaccessible")
				|| name.equals("tag");
	}

	private boolean isInaccessible(DirectivesContainer<?> container) {
		return this.stripInaccessible && container.hasDirective("inaccessible");
	}

	private static List<Directive> kept(List<Directive> directives) {
		return directives.stream().filter((directive) -> !isFederationDirective(directive.getName())).toList();
	}

	@SuppressWarnings("NullAway")
	private Definition<?> transform(Definition<?> definition, List<String> removedTypes) {
		if (definition instanceof DirectiveDefinition directive) {
			return isFederationDirective(directive.getName()) ? null : directive;
		}
		if (definition instanceof SchemaDefinition schema) {
			return schema.transform((builder) -> builder.directives(List.of()));
		}
		if (definition instanceof graphql.language.TypeDefinition<?> type && removedTypes.contains(type.getName())) {
			return null;
		}
		return transformType(definition, removedTypes);
	}

	private Definition<?> transformType(Definition<?> definition, List<String> removedTypes) {
		if (definition instanceof ObjectTypeDefinition object) {
			return object.transform((builder) -> builder.directives(kept(object.getDirectives()))
				.fieldDefinitions(fields(object.getFieldDefinitions()))
				.implementz(types(object.getImplements(), removedTypes)));
		}
		if (definition instanceof InterfaceTypeDefinition type) {
			return type.transform((builder) -> builder.directives(kept(type.getDirectives()))
				.definitions(fields(type.getFieldDefinitions()))
				.implementz(types(type.getImplements(), removedTypes)));
		}
		if (definition instanceof UnionTypeDefinition union) {
			return union.transform((builder) -> builder.directives(kept(union.getDirectives()))
				.memberTypes(types(union.getMemberTypes(), removedTypes)));
		}
		if (definition instanceof EnumTypeDefinition type) {
			return type.transform((builder) -> builder.directives(kept(type.getDirectives()))
				.enumValueDefinitions(type.getEnumValueDefinitions()
					.stream()
					.filter((value) -> !isInaccessible(value))
					.map((value) -> value.transform((b) -> b.directives(kept(value.getDirectives()))))
					.toList()));
		}
		if (definition instanceof InputObjectTypeDefinition input) {
			return input.transform((builder) -> builder.directives(kept(input.getDirectives()))
				.inputValueDefinitions(inputs(input.getInputValueDefinitions())));
		}
		if (definition instanceof ScalarTypeDefinition scalar) {
			return scalar.transform((builder) -> builder.directives(kept(scalar.getDirectives())));
		}
		return definition;
	}

	private List<FieldDefinition> fields(List<FieldDefinition> fields) {
		return fields.stream()
			.filter((field) -> !isInaccessible(field))
			.map((field) -> field.transform((builder) -> builder.directives(kept(field.getDirectives()))
				.inputValueDefinitions(inputs(field.getInputValueDefinitions()))))
			.toList();
	}

	private List<InputValueDefinition> inputs(List<InputValueDefinition> inputs) {
		return inputs.stream()
			.filter((input) -> !isInaccessible(input))
			.map((input) -> input.transform((builder) -> builder.directives(kept(input.getDirectives()))))
			.toList();
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private List<Type> types(List<Type> types, List<String> removedTypes) {
		return types.stream().filter((type) -> !removedTypes.contains(((TypeName) type).getName())).toList();
	}

}
