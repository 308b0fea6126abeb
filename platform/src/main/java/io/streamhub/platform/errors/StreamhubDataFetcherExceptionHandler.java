package io.streamhub.platform.errors;

import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;

/**
 * The graphql-java exception handler, mapping like {@link StreamhubExceptionResolver}.
 * DGS calls it directly for the federation {@code _entities} field (its entity fetchers
 * bypass Spring for GraphQL's resolvers), where its own default handler would put the raw
 * exception message into the response.
 */
final class StreamhubDataFetcherExceptionHandler implements DataFetcherExceptionHandler {

	@Override
	public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
			DataFetcherExceptionHandlerParameters parameters) {
		return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult
			.newResult(GraphQlErrors.toGraphQlError(parameters.getException(), parameters.getDataFetchingEnvironment()))
			.build());
	}

}
