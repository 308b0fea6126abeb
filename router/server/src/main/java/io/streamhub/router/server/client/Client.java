package io.streamhub.router.server.client;

import io.streamhub.router.server.config.ClientPolicy;

/**
 * The calling client.
 *
 * @param name the client name (for metrics and logs)
 * @param policy what it may send
 * @param apiKeyHash the SHA-256 of its API key, empty when it sent none (rate limit key)
 */
public record Client(String name, ClientPolicy policy, String apiKeyHash) {

	/** Requests that name no known client. */
	public static final Client ANONYMOUS = new Client("anonymous", ClientPolicy.ANONYMOUS, "");

	/**
	 * Whether the client may send only persisted operations, by id.
	 * @return {@code true} for partners
	 */
	public boolean idsOnly() {
		return this.policy == ClientPolicy.PARTNER;
	}

	/**
	 * Whether the client may register operations with APQ.
	 * @return {@code true} for first-party apps
	 */
	public boolean mayUseApq() {
		return this.policy == ClientPolicy.FIRST_PARTY;
	}

}
