package io.streamhub.router.server.persisted;

import java.util.Map;
import java.util.function.Supplier;

import io.streamhub.router.server.client.Client;
import io.streamhub.router.server.client.ClientRegistry;
import io.streamhub.router.server.runtime.Rejection;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;

/**
 * Turns what a client sent (a document, a persisted id, or both) into the document to
 * run, following the client's policy:
 * <ul>
 * <li>partners: ids only ({@code documentId: "sha256:…"} or
 * {@code extensions.persistedQuery.sha256Hash}), from the manifest;
 * <li>first-party apps: free-form, manifest ids, and APQ (registration with hash +
 * document, lookup by hash);
 * <li>anonymous: free-form and manifest ids; an unknown hash answers
 * PersistedQueryNotFound so that Apollo clients resend the document.
 * </ul>
 */
public final class PersistedDocuments {

	/** Apollo's APQ miss message, matched by Apollo clients. */
	public static final String NOT_FOUND_MESSAGE = "PersistedQueryNotFound";

	private static final String SHA256_PREFIX = "sha256:";

	private final Supplier<PersistedQueryManifest> manifests;

	private final AutomaticPersistedQueries apq;

	/**
	 * Creates the resolver.
	 * @param manifests the manifest in service
	 * @param apq the APQ store
	 */
	public PersistedDocuments(Supplier<PersistedQueryManifest> manifests, AutomaticPersistedQueries apq) {
		this.manifests = manifests;
		this.apq = apq;
	}

	/**
	 * Resolves the document.
	 * @param query the document sent, if any
	 * @param documentId the {@code documentId} sent, if any
	 * @param extensions the request extensions
	 * @param client the client
	 * @return the document to run; a {@link Rejection} with a persisted-query code
	 */
	public Mono<String> resolve(@Nullable String query, @Nullable String documentId, Map<String, Object> extensions,
			Client client) {
		String id = id(documentId, extensions);
		if (client.idsOnly()) {
			return Mono.just(persistedOnly(id, query));
		}
		if (id == null) {
			if (query == null) {
				throw Rejection.of(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "The request must have a 'query' string");
			}
			return Mono.just(query);
		}
		ManifestOperation operation = this.manifests.get().get(id);
		if (operation != null && (query == null || query.equals(operation.body()))) {
			return Mono.just(operation.body());
		}
		return (query != null) ? register(id, query, client) : lookup(id, client);
	}

	private String persistedOnly(@Nullable String id, @Nullable String query) {
		if (id == null) {
			throw Rejection.of(HttpStatus.BAD_REQUEST, "PERSISTED_QUERY_ID_REQUIRED",
					"This client may only send persisted operation ids");
		}
		if (query != null) {
			throw Rejection.of(HttpStatus.BAD_REQUEST, "CANNOT_SEND_PQ_ID_AND_BODY",
					"Send either a persisted operation id or a document, not both");
		}
		ManifestOperation operation = this.manifests.get().get(id);
		if (operation == null) {
			throw Rejection.of(HttpStatus.NOT_FOUND, "PERSISTED_QUERY_NOT_IN_LIST",
					"No persisted operation with id " + id);
		}
		return operation.body();
	}

	private Mono<String> register(String id, String query, Client client) {
		if (!ClientRegistry.sha256(query).equals(id)) {
			throw Rejection.of(HttpStatus.BAD_REQUEST, "PERSISTED_QUERY_HASH_MISMATCH",
					"The document's SHA-256 does not match the persisted query hash");
		}
		if (!client.mayUseApq()) {
			return Mono.just(query);
		}
		return this.apq.put(id, query).thenReturn(query);
	}

	private Mono<String> lookup(String id, Client client) {
		Mono<String> stored = client.mayUseApq() ? this.apq.get(id) : Mono.empty();
		return stored
			.switchIfEmpty(Mono.error(() -> Rejection.requestError("PERSISTED_QUERY_NOT_FOUND", NOT_FOUND_MESSAGE)));
	}

	private static @Nullable String id(@Nullable String documentId, Map<String, Object> extensions) {
		if (documentId != null) {
			if (!documentId.startsWith(SHA256_PREFIX) || documentId.length() == SHA256_PREFIX.length()) {
				throw Rejection.of(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "'documentId' must be 'sha256:<hex>'");
			}
			return documentId.substring(SHA256_PREFIX.length());
		}
		Object persisted = extensions.get("persistedQuery");
		if (persisted == null) {
			return null;
		}
		if (!(persisted instanceof Map<?, ?> map) || !(map.get("sha256Hash") instanceof String hash)
				|| hash.isEmpty()) {
			throw Rejection.of(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
					"'extensions.persistedQuery' must be {\"version\": 1, \"sha256Hash\": \"<hex>\"}");
		}
		return hash;
	}

}
