package io.streamhub.comments.comment;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import org.dataloader.MappedBatchLoader;

/**
 * {@code Comment.likeCount} for many comments: one SQL statement per batch.
 */
@DgsDataLoader(name = LikeCountDataLoader.NAME)
class LikeCountDataLoader implements MappedBatchLoader<UUID, Long> {

	static final String NAME = "commentLikeCounts";

	private final LikeRepository repository;

	LikeCountDataLoader(LikeRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<UUID, Long>> load(Set<UUID> commentIds) {
		return this.repository.counts(commentIds)
			.map((counts) -> commentIds.stream()
				.collect(Collectors.toMap((id) -> id, (id) -> counts.getOrDefault(id, 0L))))
			.toFuture();
	}

}
