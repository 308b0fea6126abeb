package io.streamhub.router.server.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Known clients ({@code router.clients.*}): partners identified by an API key (stored as
 * its SHA-256), first-party apps by the {@code apollographql-client-name} header.
 */
public class ClientsProperties {

	/**
	 * The request header carrying a partner's API key.
	 */
	private String apiKeyHeader = "x-api-key";

	/**
	 * The request header naming a first-party app.
	 */
	private String nameHeader = "apollographql-client-name";

	/**
	 * Clients by name.
	 */
	private Map<String, Client> registered = new LinkedHashMap<>();

	public String getApiKeyHeader() {
		return this.apiKeyHeader;
	}

	public void setApiKeyHeader(String apiKeyHeader) {
		this.apiKeyHeader = apiKeyHeader;
	}

	public String getNameHeader() {
		return this.nameHeader;
	}

	public void setNameHeader(String nameHeader) {
		this.nameHeader = nameHeader;
	}

	public Map<String, Client> getRegistered() {
		return this.registered;
	}

	public void setRegistered(Map<String, Client> registered) {
		this.registered = registered;
	}

	/**
	 * One client.
	 */
	public static class Client {

		/**
		 * The client's policy.
		 */
		private ClientPolicy policy = ClientPolicy.PARTNER;

		/**
		 * Base16 SHA-256 of the client's API key (never the key itself); required for
		 * partners.
		 */
		private @Nullable String apiKeySha256;

		public ClientPolicy getPolicy() {
			return this.policy;
		}

		public void setPolicy(ClientPolicy policy) {
			this.policy = policy;
		}

		public @Nullable String getApiKeySha256() {
			return this.apiKeySha256;
		}

		public void setApiKeySha256(@Nullable String apiKeySha256) {
			this.apiKeySha256 = apiKeySha256;
		}

	}

}
