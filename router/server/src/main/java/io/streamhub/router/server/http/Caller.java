package io.streamhub.router.server.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.router.server.client.Client;
import io.streamhub.router.server.headers.ResponseHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Who sent a request, as established before any operation runs.
 *
 * @param requestId the request id (echoed in {@code x-request-id}, sent to subgraphs)
 * @param client the client
 * @param user the authenticated user, if any
 * @param contextHeaders the headers handed to the engine for the subgraphs
 * @param responseHeaders the sink of subgraph response headers for the client, if any
 */
record Caller(String requestId, Client client, Optional<AuthenticatedUser> user,
		Map<String, List<String>> contextHeaders, @Nullable ResponseHeaders responseHeaders) {

	boolean isAdmin() {
		return this.user.map(AuthenticatedUser::isAdmin).orElse(false);
	}

	/**
	 * The rate limit key: the API key, else the user, else the client address.
	 * @param address the client's address
	 * @return the key
	 */
	String rateLimitKey(String address) {
		if (!this.client.apiKeyHash().isEmpty()) {
			return "key:" + this.client.apiKeyHash();
		}
		return this.user.map((user) -> "user:" + user.id()).orElseGet(() -> "ip:" + address);
	}

}
