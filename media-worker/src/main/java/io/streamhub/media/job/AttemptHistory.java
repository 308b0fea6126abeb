package io.streamhub.media.job;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lettuce.core.api.sync.RedisCommands;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attempts of a job, kept in Redis (a list per stream entry,
 * {@code <stream>:attempts:<entry id>}) so that they survive the worker: an attempt is
 * recorded when it STARTS, so a worker that dies mid-job still used up an attempt, and a
 * job that kills every worker ends in the dead-letter stream. An attempt released by a
 * graceful shutdown does not count. The history travels with the job to the dead-letter
 * stream.
 */
final class AttemptHistory {

	static final String STARTED = "started";

	static final String FAILED = "failed";

	static final String RELEASED = "released";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final Duration TTL = Duration.ofDays(7);

	private final String stream;

	private final Clock clock;

	AttemptHistory(String stream, Clock clock) {
		this.stream = stream;
		this.clock = clock;
	}

	String key(String entryId) {
		return this.stream + ":attempts:" + entryId;
	}

	/**
	 * Record the start of an attempt.
	 * @param redis the connection
	 * @param entryId the job's entry
	 * @param consumer who attempts it
	 * @return the attempt number (1-based) and its index in the list
	 */
	Started start(RedisCommands<String, String> redis, String entryId, String consumer) {
		List<Map<String, Object>> previous = all(redis, entryId);
		int attempt = 1 + (int) previous.stream().filter((entry) -> !RELEASED.equals(entry.get("outcome"))).count();
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("attempt", attempt);
		entry.put("consumer", consumer);
		entry.put("startedAt", this.clock.instant().toString());
		entry.put("outcome", STARTED);
		long length = redis.rpush(key(entryId), JSON.writeValueAsString(entry));
		redis.expire(key(entryId), TTL);
		return new Started(attempt, length - 1, entry);
	}

	/**
	 * Record how an attempt ended.
	 * @param redis the connection
	 * @param entryId the job's entry
	 * @param started the attempt
	 * @param outcome {@link #FAILED} or {@link #RELEASED}
	 * @param reason why, or {@code null}
	 */
	void end(RedisCommands<String, String> redis, String entryId, Started started, String outcome,
			@Nullable String reason) {
		Map<String, Object> entry = new LinkedHashMap<>(started.entry());
		entry.put("outcome", outcome);
		entry.put("endedAt", this.clock.instant().toString());
		if (reason != null) {
			entry.put("reason", reason);
		}
		redis.lset(key(entryId), started.index(), JSON.writeValueAsString(entry));
	}

	/**
	 * Every attempt so far.
	 * @param redis the connection
	 * @param entryId the job's entry
	 * @return the attempts, oldest first
	 */
	List<Map<String, Object>> all(RedisCommands<String, String> redis, String entryId) {
		return redis.lrange(key(entryId), 0, -1).stream().map((json) -> JSON.readValue(json, MAP)).toList();
	}

	/**
	 * The history as a JSON array (for the dead-letter entry).
	 * @param redis the connection
	 * @param entryId the job's entry
	 * @return JSON text
	 */
	String json(RedisCommands<String, String> redis, String entryId) {
		return JSON.writeValueAsString(all(redis, entryId));
	}

	/**
	 * A started attempt.
	 *
	 * @param attempt the attempt number, 1-based
	 * @param index its index in the list
	 * @param entry what was recorded
	 */
	record Started(int attempt, long index, Map<String, Object> entry) {

	}

}
