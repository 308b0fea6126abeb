package io.streamhub.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.errors.ForbiddenException;
import io.streamhub.platform.errors.UnauthenticatedException;
import org.dataloader.BatchLoaderEnvironment;

/**
 * Access to the current principal from data fetchers and DataLoaders.
 * <p>
 * The auto-configured {@code WebGraphQlInterceptor} verifies the
 * {@code Authorization: Bearer} token and stores the {@link AuthenticatedUser} in the
 * request's {@link GraphQLContext} under {@link #CONTEXT_KEY}. In a data fetcher use
 * {@link #current(DataFetchingEnvironment)}, {@link #require} or {@link #requireRole}. In
 * a DGS DataLoader implement {@code MappedBatchLoaderWithContext} (or
 * {@code BatchLoaderWithContext}): DGS 12 sets the request's {@code GraphQLContext} as
 * the batch loader context, so {@code Viewer.current(environment)} with the
 * {@link BatchLoaderEnvironment}, or
 * {@code Viewer.current((GraphQLContext) environment.getContext())}, yields the principal
 * (verified by {@code ViewerDataLoaderTests}).
 */
public final class Viewer {

	/** The GraphQLContext key under which the principal is stored. */
	public static final String CONTEXT_KEY = AuthenticatedUser.class.getName();

	private Viewer() {
	}

	/**
	 * The principal of the request, if a valid token was presented.
	 * @param environment the data fetching environment
	 * @return the principal, or empty for an anonymous request
	 */
	public static Optional<AuthenticatedUser> current(DataFetchingEnvironment environment) {
		return current(environment.getGraphQlContext());
	}

	/**
	 * The principal stored in a GraphQL context (e.g. the batch loader context in a
	 * DataLoader).
	 * @param context the request's GraphQL context
	 * @return the principal, or empty for an anonymous request
	 */
	public static Optional<AuthenticatedUser> current(GraphQLContext context) {
		return context.getOrEmpty(CONTEXT_KEY);
	}

	/**
	 * The principal of a DataLoader batch, taken from the batch loader context (the
	 * request's {@link GraphQLContext} under DGS) or, failing that, from the key
	 * contexts.
	 * @param environment the batch loader environment
	 * @return the principal, or empty for an anonymous request
	 */
	public static Optional<AuthenticatedUser> current(BatchLoaderEnvironment environment) {
		Object context = environment.getContext();
		if (context instanceof GraphQLContext graphQlContext) {
			return current(graphQlContext);
		}
		return fromKeyContexts(environment.getKeyContextsList());
	}

	/**
	 * The principal, required.
	 * @param environment the data fetching environment
	 * @return the principal
	 * @throws UnauthenticatedException if the request is anonymous
	 */
	public static AuthenticatedUser require(DataFetchingEnvironment environment) {
		return current(environment).orElseThrow(() -> new UnauthenticatedException("Authentication required"));
	}

	/**
	 * The principal, required to have one of the given roles.
	 * @param environment the data fetching environment
	 * @param anyOf the accepted roles
	 * @return the principal
	 * @throws UnauthenticatedException if the request is anonymous
	 * @throws ForbiddenException if the principal has none of the roles
	 */
	public static AuthenticatedUser requireRole(DataFetchingEnvironment environment, Role... anyOf) {
		AuthenticatedUser user = require(environment);
		if (Arrays.stream(anyOf).anyMatch(user::hasRole)) {
			return user;
		}
		throw new ForbiddenException("Requires role " + Arrays.toString(anyOf));
	}

	private static Optional<AuthenticatedUser> fromKeyContexts(List<Object> keyContexts) {
		return keyContexts.stream()
			.filter(AuthenticatedUser.class::isInstance)
			.map(AuthenticatedUser.class::cast)
			.findFirst();
	}

}
