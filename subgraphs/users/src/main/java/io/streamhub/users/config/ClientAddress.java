package io.streamhub.users.config;

import graphql.schema.DataFetchingEnvironment;

/**
 * The client address of the current GraphQL request, as put in the GraphQL context by
 * {@link ClientAddressInterceptor} (the remote address, or the first
 * {@code X-Forwarded-For} hop when {@code users.trust-forwarded-for=true}).
 */
public final class ClientAddress {

	static final String CONTEXT_KEY = ClientAddress.class.getName();

	private static final String UNKNOWN = "unknown";

	private ClientAddress() {
	}

	/**
	 * The client address of the request.
	 * @param env the data fetching environment
	 * @return the address, or {@code "unknown"} when none could be determined
	 */
	public static String of(DataFetchingEnvironment env) {
		String address = env.getGraphQlContext().get(CONTEXT_KEY);
		return (address != null) ? address : UNKNOWN;
	}

}
