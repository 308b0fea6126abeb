package io.streamhub.comments.comment;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import org.dataloader.MappedBatchLoader;

/**
 * {@code Video.commentCount (comments and replies)} for many owners: one SQL statement
 * per batch.
 */
@DgsDataLoader(name = CommentCountDataLoader.NAME)
class CommentCountDataLoader implements MappedBatchLoader<UUID, Long> {

	static final String NAME = "commentCounts";

	private final CommentRepository repository;

	CommentCountDataLoader(CommentRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<UUID, Long>> load(Set<UUID> owners) {
		return this.repository.counts(owners, false)
			.map((counts) -> owners.stream().collect(Collectors.toMap((id) -> id, (id) -> counts.getOrDefault(id, 0L))))
			.toFuture();
	}

}
