package io.streamhub.comments.comment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.streamhub.platform.paging.Connection;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A video's top-level comments (newest first, or most liked first) for many owners: one
 * SQL statement per ordering present in the batch.
 */
@DgsDataLoader(name = VideoPagesDataLoader.NAME)
class VideoPagesDataLoader implements MappedBatchLoaderWithContext<PageKey, Connection<CommentEdge>> {

	static final String NAME = "videoComments";

	private final CommentRepository repository;

	VideoPagesDataLoader(CommentRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<PageKey, Connection<CommentEdge>>> load(Set<PageKey> keySet,
			BatchLoaderEnvironment environment) {
		AuthenticatedUser viewer = Viewer.current(environment).orElse(null);
		Map<CommentOrder, List<PageKey>> byOrder = keySet.stream().collect(Collectors.groupingBy(PageKey::order));
		return Flux.fromIterable(byOrder.entrySet())
			.concatMap((group) -> load(group.getValue(), group.getKey(), viewer))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.toFuture();
	}

	private Flux<Map.Entry<PageKey, Connection<CommentEdge>>> load(List<PageKey> keys, CommentOrder order,
			@Nullable AuthenticatedUser viewer) {
		Mono<Map<Integer, List<Comment>>> rows = (order == CommentOrder.TOP) ? this.repository.topPages(keys, viewer)
				: this.repository.pages(keys, false, viewer);
		return rows.flatMapIterable((byIndex) -> IntStream.range(0, keys.size())
			.mapToObj((index) -> Map.entry(keys.get(index),
					connection(keys.get(index), byIndex.getOrDefault(index, List.of()))))
			.toList());
	}

	private static Connection<CommentEdge> connection(PageKey key, List<Comment> rows) {
		List<CommentEdge> edges = rows.stream().map((row) -> new CommentEdge(row, key.order())).toList();
		return Connection.of(edges, key.page().first(), CommentEdge::position);
	}

}
