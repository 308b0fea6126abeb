package io.streamhub.videos.video;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.ids.Ids;
import io.streamhub.videos.generated.DgsConstants;

/**
 * {@code _entities} for {@code Video}: batched through {@link VideoDataLoader}, so a
 * batch of representations costs one SQL statement. Unknown, malformed, deleted and
 * invisible (e.g. another user's PRIVATE) videos resolve to null.
 */
@DgsComponent
public class VideoEntityFetcher {

	VideoEntityFetcher() {
	}

	@DgsEntityFetcher(name = DgsConstants.VIDEO.TYPE_NAME)
	public CompletableFuture<Video> video(Map<String, Object> representation, DataFetchingEnvironment env) {
		return Ids.tryParse(representation.get("id"))
			.map((id) -> VideoDataLoader.loadVisible(env, id))
			.orElseGet(() -> CompletableFuture.completedFuture(null));
	}

}
