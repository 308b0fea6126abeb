package io.streamhub.platform.integration;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataLoader;
import io.streamhub.platform.errors.NotFoundException;
import io.streamhub.platform.security.Viewer;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoader;
import org.dataloader.MappedBatchLoaderWithContext;

@DgsComponent
class TestDataLoaders {

	static final String VIEWER = "viewerOfItem";

	static final String BROKEN = "brokenItem";

	static final String EXPLODING = "explodingItem";

	@DgsDataLoader(name = VIEWER)
	static class ViewerLoader implements MappedBatchLoaderWithContext<String, String> {

		@Override
		public CompletionStage<Map<String, String>> load(Set<String> keys, BatchLoaderEnvironment environment) {
			String viewer = Viewer.current(environment).map((user) -> user.id().toString()).orElse("anonymous");
			return CompletableFuture.completedFuture(keys.stream()
				.collect(Collectors.toMap(Function.identity(), (key) -> key + ":" + viewer + ":" + keys.size())));
		}

	}

	@DgsDataLoader(name = BROKEN)
	static class BrokenLoader implements MappedBatchLoader<String, String> {

		@Override
		public CompletionStage<Map<String, String>> load(Set<String> keys) {
			return CompletableFuture.failedFuture(new NotFoundException("item gone"));
		}

	}

	@DgsDataLoader(name = EXPLODING)
	static class ExplodingLoader implements MappedBatchLoader<String, String> {

		@Override
		public CompletionStage<Map<String, String>> load(Set<String> keys) {
			return CompletableFuture.supplyAsync(() -> {
				throw new IllegalArgumentException("stack trace with internals");
			});
		}

	}

}
