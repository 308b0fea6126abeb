package io.streamhub.availability.platforms;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.ids.Ids;
import io.streamhub.availability.generated.types.CreatePlatformInput;
import io.streamhub.availability.generated.types.UpdatePlatformInput;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.security.Viewer;
import reactor.core.publisher.Mono;

/**
 * Platforms in the graph: lookup and administration (admins only).
 */
@DgsComponent
class PlatformDataFetcher {

	private final PlatformService platforms;

	PlatformDataFetcher(PlatformService platforms) {
		this.platforms = platforms;
	}

	@DgsQuery
	CompletableFuture<Platform> platform(@InputArgument String id, DataFetchingEnvironment env) {
		return PlatformDataLoader.load(env, Ids.parse(id, "id"));
	}

	@DgsQuery
	Mono<List<Platform>> platforms() {
		return this.platforms.all().collectList();
	}

	@DgsMutation
	Mono<Platform> createPlatform(@InputArgument CreatePlatformInput input, DataFetchingEnvironment env) {
		Viewer.requireRole(env, Role.ADMIN);
		return this.platforms.create(input.getName(), input.getSlug(), input.getLogoUrl(), input.getHomepageUrl());
	}

	@DgsMutation
	Mono<Platform> updatePlatform(@InputArgument String id, @InputArgument UpdatePlatformInput input,
			DataFetchingEnvironment env) {
		Viewer.requireRole(env, Role.ADMIN);
		return this.platforms.update(Ids.parse(id, "id"), input.getName(), input.getLogoUrl(), input.getHomepageUrl());
	}

}
