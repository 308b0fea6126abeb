package io.streamhub.router.planning.normalize;

import java.util.List;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import org.jspecify.annotations.Nullable;

/**
 * An operation ready for planning and for projecting results.
 *
 * @param kind {@code query}, {@code mutation} or {@code subscription}
 * @param name the operation name, if any
 * @param rootType the root object type name
 * @param rootFields the normalized root fields (introspection root fields excluded)
 * @param introspectionFields response keys of {@code __schema}/{@code __type} root fields
 * @param variableDefinitions the operation's variable definitions
 * @param document the validated document
 * @param definition the selected operation definition
 */
public record NormalizedOperation(String kind, @Nullable String name, String rootType, List<NormalizedField> rootFields,
		List<String> introspectionFields, List<VariableDefinition> variableDefinitions, Document document,
		OperationDefinition definition) {

	public NormalizedOperation {
		rootFields = List.copyOf(rootFields);
		introspectionFields = List.copyOf(introspectionFields);
		variableDefinitions = List.copyOf(variableDefinitions);
	}

	public boolean hasIntrospection() {
		return !this.introspectionFields.isEmpty();
	}

}
