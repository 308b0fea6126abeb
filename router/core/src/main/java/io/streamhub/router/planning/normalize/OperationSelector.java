package io.streamhub.router.planning.normalize;

import java.util.List;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Stage 2: pick the operation to run (GraphQL spec "GetOperation").
 */
public final class OperationSelector {

	private OperationSelector() {
	}

	/**
	 * Selects the operation.
	 * @param document the document
	 * @param operationName the requested name, or {@code null}
	 * @return the operation
	 * @throws InvalidOperationException when there is no such operation or the choice is
	 * ambiguous
	 */
	public static OperationDefinition select(Document document, @Nullable String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operations.isEmpty()) {
			throw new InvalidOperationException("The document contains no operation", "BAD_USER_INPUT");
		}
		if (operationName == null || operationName.isEmpty()) {
			if (operations.size() > 1) {
				throw new InvalidOperationException("Must provide operation name if query contains multiple operations",
						"BAD_USER_INPUT");
			}
			return operations.get(0);
		}
		for (OperationDefinition operation : operations) {
			if (operationName.equals(operation.getName())) {
				return operation;
			}
		}
		throw new InvalidOperationException("Unknown operation named \"" + operationName + "\"", "BAD_USER_INPUT");
	}

}
