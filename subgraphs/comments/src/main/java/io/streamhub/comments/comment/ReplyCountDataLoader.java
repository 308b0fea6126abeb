package io.streamhub.comments.comment;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import org.dataloader.MappedBatchLoader;

/**
 * {@code Comment.replyCount} for many owners: one SQL statement per batch.
 */
@DgsDataLoader(name = ReplyCountDataLoader.NAME)
class ReplyCountDataLoader implements MappedBatchLoader<UUID, Long> {

	static final String NAME = "replyCounts";

	private final CommentRepository repository;

	ReplyCountDataLoader(CommentRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<UUID, Long>> load(Set<UUID> owners) {
		return this.repository.counts(owners, true)
			.map((counts) -> owners.stream().collect(Collectors.toMap((id) -> id, (id) -> counts.getOrDefault(id, 0L))))
			.toFuture();
	}

}
