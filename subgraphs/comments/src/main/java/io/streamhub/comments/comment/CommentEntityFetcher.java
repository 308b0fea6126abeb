package io.streamhub.comments.comment;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.ids.Ids;
import io.streamhub.comments.generated.DgsConstants;

/**
 * {@code _entities} for {@code Comment}, batched; comments on videos the viewer may not
 * see resolve to null. Public because DGS invokes entity fetchers reflectively without
 * making them accessible.
 */
@DgsComponent
public class CommentEntityFetcher {

	CommentEntityFetcher() {
	}

	@DgsEntityFetcher(name = DgsConstants.COMMENT.TYPE_NAME)
	public CompletableFuture<?> comment(Map<String, Object> representation, DataFetchingEnvironment env) {
		return Ids.tryParse(representation.get("id"))
			.<CompletableFuture<?>>map((id) -> CommentDataLoader.loadVisible(env, id))
			.orElseGet(() -> CompletableFuture.completedFuture(null));
	}

}
