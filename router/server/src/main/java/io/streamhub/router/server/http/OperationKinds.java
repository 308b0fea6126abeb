package io.streamhub.router.server.http;

import java.util.List;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Finds the type of the operation a request selects, so that GET can refuse mutations
 * before anything executes. Documents that do not parse, or select no operation, are left
 * to the engine, which reports those errors itself.
 */
final class OperationKinds {

	private OperationKinds() {
	}

	static boolean isReadOnly(String query, @Nullable String operationName) {
		OperationDefinition operation = selected(query, operationName);
		return operation == null || operation.getOperation() == OperationDefinition.Operation.QUERY;
	}

	private static @Nullable OperationDefinition selected(String query, @Nullable String operationName) {
		Document document;
		try {
			document = Parser.parse(query);
		}
		catch (InvalidSyntaxException ex) {
			return null;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operationName == null) {
			return (operations.size() == 1) ? operations.get(0) : null;
		}
		return operations.stream()
			.filter((operation) -> operationName.equals(operation.getName()))
			.findFirst()
			.orElse(null);
	}

}
