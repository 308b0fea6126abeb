package io.streamhub.discovery.activity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code creator}: usernames from user.registered.
 */
@Repository
public class CreatorRepository {

	private final DatabaseClient db;

	CreatorRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Remember a username (idempotent).
	 * @param userId the user
	 * @param username the username
	 * @return completion
	 */
	public Mono<Void> save(UUID userId, String username) {
		return this.db
			.sql("INSERT INTO creator (user_id, username) VALUES (:id, :username) "
					+ "ON CONFLICT (user_id) DO UPDATE SET username = EXCLUDED.username")
			.bind("id", userId)
			.bind("username", username)
			.then();
	}

	/**
	 * A creator's username.
	 * @param userId the user
	 * @return the username, empty when unknown
	 */
	public Mono<Optional<String>> username(UUID userId) {
		return this.db.sql("SELECT username FROM creator WHERE user_id = :id")
			.bind("id", userId)
			.map((row, meta) -> row.get("username", String.class))
			.one()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
	}

	/**
	 * Usernames of several creators.
	 * @param ids the users
	 * @return usernames by user
	 */
	public Mono<Map<UUID, String>> usernames(Collection<UUID> ids) {
		return this.db.sql("SELECT user_id, username FROM creator WHERE user_id = ANY(:ids)")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row, meta) -> Map.entry(row.get("user_id", UUID.class), row.get("username", String.class)))
			.all()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
