package io.streamhub.comments.access;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.ids.Ids;
import io.streamhub.comments.generated.DgsConstants;

/**
 * {@code _entities} for {@code Video}: null for videos the viewer may not see (or that
 * this service has not heard of), so {@code Video.comments} never leaks a private video's
 * comments. Batched: one statement per request. Public because DGS invokes entity
 * fetchers reflectively without making them accessible.
 */
@DgsComponent
public class VideoEntityFetcher {

	VideoEntityFetcher() {
	}

	@DgsEntityFetcher(name = DgsConstants.VIDEO.TYPE_NAME)
	public CompletableFuture<Video> video(Map<String, Object> representation, DataFetchingEnvironment env) {
		return Ids.tryParse(representation.get("id"))
			.map((id) -> VideoAccessDataLoader.visible(env, id).thenApply((visible) -> visible ? new Video(id) : null))
			.orElseGet(() -> CompletableFuture.completedFuture(null));
	}

}
