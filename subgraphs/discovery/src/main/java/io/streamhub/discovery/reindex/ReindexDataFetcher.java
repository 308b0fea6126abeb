package io.streamhub.discovery.reindex;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.security.Viewer;
import reactor.core.publisher.Mono;

/**
 * {@code Mutation.reindexVideos}: admins only.
 */
@DgsComponent
class ReindexDataFetcher {

	private final ReindexService reindex;

	ReindexDataFetcher(ReindexService reindex) {
		this.reindex = reindex;
	}

	@DgsMutation
	Mono<ReindexService.Result> reindexVideos(DataFetchingEnvironment env) {
		Viewer.requireRole(env, Role.ADMIN);
		return this.reindex.reindex();
	}

}
