package io.streamhub.platform.errors;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;

/**
 * The Spring for GraphQL exception resolver that applies {@link GraphQlErrors} to every
 * data fetcher exception, including exceptions from DataLoaders and
 * {@code CompletableFuture}s. It resolves everything, so it is registered first: nothing
 * falls through to a resolver that would expose internals.
 */
final class StreamhubExceptionResolver extends DataFetcherExceptionResolverAdapter {

	StreamhubExceptionResolver() {
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
		return GraphQlErrors.toGraphQlError(exception, environment);
	}

}
