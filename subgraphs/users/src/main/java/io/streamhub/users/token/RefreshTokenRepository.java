package io.streamhub.users.token;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code refresh_token} (keyed by the SHA-256 of the token).
 */
@Repository
class RefreshTokenRepository {

	private final DatabaseClient db;

	RefreshTokenRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> insert(byte[] hash, UUID familyId, UUID userId, Instant issuedAt, Instant expiresAt) {
		return this.db
			.sql("INSERT INTO refresh_token (token_hash, family_id, user_id, issued_at, expires_at) "
					+ "VALUES (:hash, :family, :user, :issued, :expires)")
			.bind("hash", hash)
			.bind("family", familyId)
			.bind("user", userId)
			.bind("issued", issuedAt)
			.bind("expires", expiresAt)
			.then();
	}

	/**
	 * Locks the token's row for the rest of the transaction, so that two concurrent
	 * refreshes with the same token are serialized (the second one is then a reuse).
	 */
	Mono<StoredRefreshToken> lock(byte[] hash) {
		return this.db
			.sql("SELECT family_id, user_id, expires_at, rotated_at, revoked_at FROM refresh_token "
					+ "WHERE token_hash = :hash FOR UPDATE")
			.bind("hash", hash)
			.map((row, meta) -> new StoredRefreshToken(row.get("family_id", UUID.class), row.get("user_id", UUID.class),
					row.get("expires_at", Instant.class), row.get("rotated_at", Instant.class),
					row.get("revoked_at", Instant.class)))
			.one();
	}

	Mono<Void> markRotated(byte[] hash, Instant at) {
		return this.db.sql("UPDATE refresh_token SET rotated_at = :at WHERE token_hash = :hash")
			.bind("at", at)
			.bind("hash", hash)
			.then();
	}

	Mono<Long> revokeFamily(UUID familyId, Instant at) {
		return this.db.sql("UPDATE refresh_token SET revoked_at = :at WHERE family_id = :family AND revoked_at IS NULL")
			.bind("at", at)
			.bind("family", familyId)
			.fetch()
			.rowsUpdated();
	}

	Mono<Long> revokeFamilyOf(byte[] hash, Instant at) {
		return this.db
			.sql("UPDATE refresh_token SET revoked_at = :at WHERE revoked_at IS NULL AND family_id = "
					+ "(SELECT family_id FROM refresh_token WHERE token_hash = :hash)")
			.bind("at", at)
			.bind("hash", hash)
			.fetch()
			.rowsUpdated();
	}

	record StoredRefreshToken(UUID familyId, UUID userId, Instant expiresAt, @Nullable Instant rotatedAt,
			@Nullable Instant revokedAt) {

		boolean usableAt(Instant now) {
			return this.revokedAt == null && this.rotatedAt == null && now.isBefore(this.expiresAt);
		}

		boolean reused() {
			return this.revokedAt == null && this.rotatedAt != null;
		}

	}

}
