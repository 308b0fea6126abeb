package io.streamhub.router.planning;

import graphql.language.Document;
import org.jspecify.annotations.Nullable;

/**
 * Plans operations against a supergraph.
 */
public interface QueryPlanner {

	/**
	 * Plans an operation of a document.
	 * @param document the document text
	 * @param operationName the operation name, {@code null} when the document has one
	 * operation
	 * @return the plan
	 * @throws io.streamhub.router.planning.normalize.InvalidOperationException for
	 * invalid documents
	 * @throws QueryPlanningException when no plan exists
	 */
	QueryPlan plan(String document, @Nullable String operationName);

	/**
	 * Plans an operation of a parsed document.
	 * @param document the document
	 * @param operationName the operation name
	 * @return the plan
	 */
	QueryPlan plan(Document document, @Nullable String operationName);

}
