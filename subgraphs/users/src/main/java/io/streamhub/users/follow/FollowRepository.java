package io.streamhub.users.follow;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code follow}. Every list query takes many users and is one statement.
 */
@Repository
class FollowRepository {

	private final DatabaseClient db;

	FollowRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * @return whether a row was inserted (false: already following)
	 */
	Mono<Boolean> insert(UUID follower, UUID followee, Instant at) {
		return this.db
			.sql("INSERT INTO follow (follower_id, followee_id, created_at) VALUES (:follower, :followee, :at) "
					+ "ON CONFLICT DO NOTHING")
			.bind("follower", follower)
			.bind("followee", followee)
			.bind("at", at)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	/**
	 * @return whether a row was deleted (false: was not following)
	 */
	Mono<Boolean> delete(UUID follower, UUID followee) {
		return this.db.sql("DELETE FROM follow WHERE follower_id = :follower AND followee_id = :followee")
			.bind("follower", follower)
			.bind("followee", followee)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	Mono<Map<UUID, Long>> count(Direction direction, Collection<UUID> users) {
		String owner = direction.ownerColumn();
		return this.db
			.sql("SELECT " + owner + " AS owner_id, count(*) AS n FROM follow WHERE " + owner + " = ANY(:ids) GROUP BY "
					+ owner)
			.bind("ids", users.toArray(UUID[]::new))
			.map((row, meta) -> Map.entry(row.get("owner_id", UUID.class), row.get("n", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	Flux<UUID> followedAmong(UUID viewer, Collection<UUID> targets) {
		return this.db.sql("SELECT followee_id FROM follow WHERE follower_id = :viewer AND followee_id = ANY(:targets)")
			.bind("viewer", viewer)
			.bind("targets", targets.toArray(UUID[]::new))
			.map((row, meta) -> row.get("followee_id", UUID.class))
			.all();
	}

	/**
	 * One page per key (each fetched with one extra row), in one statement: a lateral
	 * join over the keys.
	 * @return rows grouped by key index (position in {@code keys})
	 */
	Mono<Map<Integer, List<FollowEdge>>> pages(Direction direction, List<PageKey> keys) {
		String owner = direction.ownerColumn();
		String other = direction.otherColumn();
		String sql = "SELECT k.idx, f.other_id, f.created_at FROM unnest(CAST(:owners AS uuid[]), "
				+ "CAST(:limits AS int[]), CAST(:times AS timestamptz[]), CAST(:ids AS uuid[])) "
				+ "WITH ORDINALITY AS k(owner_id, lim, after_time, after_id, idx) " + "CROSS JOIN LATERAL (SELECT x."
				+ other + " AS other_id, x.created_at FROM follow x WHERE x." + owner
				+ " = k.owner_id AND (x.created_at, x." + other + ") < (k.after_time, k.after_id) "
				+ "ORDER BY x.created_at DESC, x." + other + " DESC LIMIT k.lim) f "
				+ "ORDER BY k.idx, f.created_at DESC, f.other_id DESC";
		return this.db.sql(sql)
			.bind("owners", keys.stream().map(PageKey::userId).toArray(UUID[]::new))
			.bind("limits", keys.stream().map((key) -> key.page().first() + 1).toArray(Integer[]::new))
			.bind("times", keys.stream().map((key) -> key.page().after().time().toString()).toArray(String[]::new))
			.bind("ids", keys.stream().map((key) -> key.page().after().id()).toArray(UUID[]::new))
			.map((row, meta) -> Map.entry(row.get("idx", Long.class).intValue() - 1,
					new FollowEdge(row.get("other_id", UUID.class), row.get("created_at", Instant.class))))
			.all()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

}
