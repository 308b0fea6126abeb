package io.streamhub.availability.platforms;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.ids.Ids;
import io.streamhub.availability.generated.DgsConstants;

/**
 * {@code _entities} for {@code Platform}: null for unknown ids. Batched: one statement
 * per request. Public because DGS invokes entity fetchers reflectively.
 */
@DgsComponent
public class PlatformEntityFetcher {

	PlatformEntityFetcher() {
	}

	@DgsEntityFetcher(name = DgsConstants.PLATFORM.TYPE_NAME)
	public CompletableFuture<Platform> platform(Map<String, Object> representation, DataFetchingEnvironment env) {
		return Ids.tryParse(representation.get("id"))
			.map((id) -> PlatformDataLoader.load(env, id))
			.orElseGet(() -> CompletableFuture.completedFuture(null));
	}

}
