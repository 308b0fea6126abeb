package io.streamhub.router.planning.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * Stage 3: a validated operation to a {@link NormalizedOperation}.
 */
public final class OperationNormalizer {

	private final GraphQLSchema apiSchema;

	public OperationNormalizer(GraphQLSchema apiSchema) {
		this.apiSchema = apiSchema;
	}

	/**
	 * Normalizes an operation.
	 * @param document the validated document
	 * @param operation the selected operation
	 * @return the normalized operation
	 */
	public NormalizedOperation normalize(Document document, OperationDefinition operation) {
		GraphQLObjectType root = rootType(operation);
		FieldCollector collector = new FieldCollector(this.apiSchema, fragments(document));
		List<NormalizedField> rootFields = new ArrayList<>();
		List<String> introspection = new ArrayList<>();
		for (NormalizedField field : collector.collect(root.getName(), operation.getSelectionSet())) {
			if (field.name().equals("__schema") || field.name().equals("__type")) {
				introspection.add(field.responseKey());
			}
			else {
				rootFields.add(field);
			}
		}
		String kind = operation.getOperation().name().toLowerCase(java.util.Locale.ROOT);
		return new NormalizedOperation(kind, operation.getName(), root.getName(), rootFields, introspection,
				operation.getVariableDefinitions(), document, operation);
	}

	private GraphQLObjectType rootType(OperationDefinition operation) {
		GraphQLObjectType type = switch (operation.getOperation()) {
			case MUTATION -> this.apiSchema.getMutationType();
			case SUBSCRIPTION -> this.apiSchema.getSubscriptionType();
			default -> this.apiSchema.getQueryType();
		};
		if (type == null) {
			throw new InvalidOperationException(
					"The schema has no " + operation.getOperation().name().toLowerCase(java.util.Locale.ROOT) + " type",
					"BAD_USER_INPUT");
		}
		return type;
	}

	static Map<String, FragmentDefinition> fragments(Document document) {
		Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class)
			.forEach((fragment) -> fragments.put(fragment.getName(), fragment));
		return fragments;
	}

}
