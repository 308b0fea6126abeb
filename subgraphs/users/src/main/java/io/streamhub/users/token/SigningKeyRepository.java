package io.streamhub.users.token;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code signing_key}.
 */
@Repository
class SigningKeyRepository {

	private final DatabaseClient db;

	SigningKeyRepository(DatabaseClient db) {
		this.db = db;
	}

	Flux<StoredKey> newestFirst(int limit) {
		return this.db
			.sql("SELECT kid, public_jwk, private_key_pem FROM signing_key ORDER BY created_at DESC, kid LIMIT :limit")
			.bind("limit", limit)
			.map((row, meta) -> new StoredKey(row.get("kid", String.class), row.get("public_jwk", String.class),
					row.get("private_key_pem", String.class)))
			.all();
	}

	Mono<Void> insertIfAbsent(StoredKey key, Instant createdAt) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("INSERT INTO signing_key (kid, public_jwk, private_key_pem, created_at) "
					+ "VALUES (:kid, :jwk, :pem, :createdAt) ON CONFLICT (kid) DO NOTHING")
			.bind("kid", key.kid())
			.bind("jwk", key.publicJwk())
			.bind("createdAt", createdAt);
		spec = (key.privateKeyPem() != null) ? spec.bind("pem", key.privateKeyPem())
				: spec.bindNull("pem", String.class);
		return spec.then();
	}

	record StoredKey(String kid, String publicJwk, @Nullable String privateKeyPem) {
	}

}
