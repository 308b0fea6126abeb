package io.streamhub.comments.comment;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.security.Viewer;
import org.dataloader.DataLoader;
import org.dataloader.MappedBatchLoader;

/**
 * Loads comments by id with their video's access row, one SQL statement per batch;
 * {@link #loadVisible} applies the video's visibility.
 */
@DgsDataLoader(name = CommentDataLoader.NAME)
class CommentDataLoader implements MappedBatchLoader<UUID, VisibleComment> {

	static final String NAME = "comments";

	private final CommentRepository repository;

	CommentDataLoader(CommentRepository repository) {
		this.repository = repository;
	}

	/**
	 * A comment on a video the viewer may see, else null.
	 */
	static CompletableFuture<Comment> loadVisible(DataFetchingEnvironment env, UUID id) {
		DataLoader<UUID, VisibleComment> loader = env.getDataLoader(NAME);
		return loader.load(id)
			.thenApply((row) -> (row != null && row.visibleTo(Viewer.current(env))) ? row.comment() : null);
	}

	@Override
	public CompletionStage<Map<UUID, VisibleComment>> load(Set<UUID> ids) {
		return this.repository.findAllWithAccess(ids)
			.collect(Collectors.toMap((row) -> row.comment().id(), Function.identity()))
			.toFuture();
	}

}
