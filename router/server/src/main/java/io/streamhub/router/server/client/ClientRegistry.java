package io.streamhub.router.server.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.streamhub.router.server.config.ClientPolicy;
import io.streamhub.router.server.config.ClientsProperties;
import io.streamhub.router.server.runtime.Rejection;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * Identifies the client of a request. An API key must be known (else 401
 * {@code UNAUTHENTICATED}); keys are compared by their SHA-256, so the configuration
 * never holds a usable key. Without a key, a client name header naming a configured
 * first-party app (one without an API key) selects it; everything else is anonymous.
 */
public final class ClientRegistry {

	private final Map<String, Client> byKeyHash = new HashMap<>();

	private final Map<String, Client> firstPartyByName = new HashMap<>();

	/**
	 * Builds the registry.
	 * @param properties the configured clients
	 * @throws IllegalArgumentException when a partner has no API key hash
	 */
	public ClientRegistry(ClientsProperties properties) {
		properties.getRegistered().forEach((name, registration) -> register(name, registration));
	}

	private void register(String name, ClientsProperties.Client registration) {
		String hash = registration.getApiKeySha256();
		if (hash != null && !hash.isBlank()) {
			String normalized = hash.trim().toLowerCase(Locale.ROOT);
			this.byKeyHash.put(normalized, new Client(name, registration.getPolicy(), normalized));
			return;
		}
		if (registration.getPolicy() == ClientPolicy.PARTNER) {
			throw new IllegalArgumentException(
					"router.clients.registered." + name + ".api-key-sha256 is required for a partner");
		}
		if (registration.getPolicy() == ClientPolicy.FIRST_PARTY) {
			this.firstPartyByName.put(name, new Client(name, ClientPolicy.FIRST_PARTY, ""));
		}
	}

	/**
	 * Identifies a client.
	 * @param apiKey the API key header, if any
	 * @param clientName the client name header, if any
	 * @return the client
	 * @throws Rejection for an unknown API key
	 */
	public Client identify(@Nullable String apiKey, @Nullable String clientName) {
		if (apiKey != null && !apiKey.isEmpty()) {
			Client client = this.byKeyHash.get(sha256(apiKey));
			if (client == null) {
				throw Rejection.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Unknown API key");
			}
			return client;
		}
		if (clientName != null) {
			Client client = this.firstPartyByName.get(clientName);
			if (client != null) {
				return client;
			}
		}
		return Client.ANONYMOUS;
	}

	/**
	 * The base16 SHA-256 of a UTF-8 string (what API keys and persisted query ids are).
	 * @param value the string
	 * @return lower-case hex
	 */
	public static String sha256(String value) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
