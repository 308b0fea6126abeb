package io.streamhub.comments.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.streamhub.platform.paging.Connection;
import io.streamhub.platform.security.Viewer;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/**
 * A comment's replies (oldest first) for many owners: one SQL statement per batch.
 */
@DgsDataLoader(name = ReplyPagesDataLoader.NAME)
class ReplyPagesDataLoader implements MappedBatchLoaderWithContext<PageKey, Connection<CommentEdge>> {

	static final String NAME = "replies";

	private final CommentRepository repository;

	ReplyPagesDataLoader(CommentRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<PageKey, Connection<CommentEdge>>> load(Set<PageKey> keySet,
			BatchLoaderEnvironment environment) {
		List<PageKey> keys = new ArrayList<>(keySet);
		return this.repository.pages(keys, true, Viewer.current(environment).orElse(null))
			.map((byIndex) -> IntStream.range(0, keys.size())
				.boxed()
				.collect(Collectors.toMap(keys::get,
						(index) -> connection(keys.get(index), byIndex.getOrDefault(index, List.of())))))
			.toFuture();
	}

	private static Connection<CommentEdge> connection(PageKey key, List<Comment> rows) {
		return Connection.of(rows.stream().map(CommentEdge::new).toList(), key.page().first(), CommentEdge::position);
	}

}
