package io.streamhub.discovery.index;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * The videos index behind its alias. Writes through {@link #alias()} reach the current
 * index; a reindex writes into a new index and then {@link #swapAlias(String) swaps}.
 */
public interface VideoIndex {

	/**
	 * The alias every search uses.
	 * @return the alias name
	 */
	String alias();

	/**
	 * Create an index and point the alias at it, unless the alias exists.
	 * @return completion
	 */
	Mono<Void> ensureAlias();

	/**
	 * Create a new, empty index with the current mappings.
	 * @return its name
	 */
	Mono<String> createIndex();

	/**
	 * Point the alias at another index in one atomic alias update, then delete the
	 * indices it pointed at before.
	 * @param index the new index
	 * @return completion
	 */
	Mono<Void> swapAlias(String index);

	/**
	 * Apply one write; a write older than the stored version is ignored.
	 * @param target the alias or an index
	 * @param write the write
	 * @return completion
	 */
	Mono<Void> apply(String target, IndexWrite write);

	/**
	 * Apply writes in one bulk request; writes older than the stored version are ignored.
	 * @param target the alias or an index
	 * @param writes the writes
	 * @return completion
	 */
	Mono<Void> applyAll(String target, List<IndexWrite> writes);

	/**
	 * Update the counts of the videos the index holds (others are skipped), in one bulk
	 * request.
	 * @param counts counts by video
	 * @return completion
	 */
	Mono<Void> updateCounts(Map<UUID, Counts> counts);

	/**
	 * Set the creator username on every document of a creator.
	 * @param creatorId the creator
	 * @param username the username
	 * @return completion
	 */
	Mono<Void> updateUsername(UUID creatorId, String username);

	/**
	 * Which of these videos the index holds (one request).
	 * @param ids the videos
	 * @return the ids found
	 */
	Mono<Set<UUID>> existing(Collection<UUID> ids);

	/**
	 * Make recent writes visible to searches (tests and reindex).
	 * @param target the alias or an index
	 * @return completion
	 */
	Mono<Void> refresh(String target);

	/**
	 * Count the documents of an index.
	 * @param target the alias or an index
	 * @return the count
	 */
	Mono<Long> count(String target);

}
