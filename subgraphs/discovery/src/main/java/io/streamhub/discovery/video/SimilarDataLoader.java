package io.streamhub.discovery.video;

import java.util.List;
import java.util.concurrent.CompletionStage;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.netflix.graphql.dgs.DgsDataLoader;
import io.streamhub.discovery.index.ElasticsearchCalls;
import io.streamhub.discovery.index.VideoIndex;
import org.dataloader.BatchLoader;

/**
 * {@code Video.similar} for every video of a response in ONE {@code _msearch} request.
 */
@DgsDataLoader(name = SimilarDataLoader.NAME)
public class SimilarDataLoader implements BatchLoader<SimilarKey, List<Video>> {

	/** The registered name of this DataLoader. */
	public static final String NAME = "similarVideos";

	private final ElasticsearchAsyncClient client;

	private final VideoIndex index;

	SimilarDataLoader(ElasticsearchAsyncClient client, VideoIndex index) {
		this.client = client;
		this.index = index;
	}

	@Override
	public CompletionStage<List<List<Video>>> load(List<SimilarKey> keys) {
		String alias = this.index.alias();
		List<RequestItem> searches = keys.stream()
			.map((key) -> RequestItem.of((item) -> item.header((h) -> h.index(alias))
				.body((b) -> b.size(key.first())
					.source((s) -> s.fetch(false))
					.query(MoreLikeThis.like(alias, List.of(key.videoId().toString()))))))
			.toList();
		return ElasticsearchCalls.call(() -> this.client.msearch((m) -> m.searches(searches), Void.class))
			.map((response) -> response.responses().stream().map(SimilarDataLoader::videos).toList())
			.toFuture();
	}

	private static List<Video> videos(MultiSearchResponseItem<Void> item) {
		if (!item.isResult()) {
			return List.of();
		}
		return item.result().hits().hits().stream().map(Hit::id).map(Video::new).toList();
	}

}
