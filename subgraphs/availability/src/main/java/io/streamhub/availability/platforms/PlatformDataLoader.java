package io.streamhub.availability.platforms;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.dataloader.MappedBatchLoader;

/**
 * Loads platforms by id, one SQL statement per batch.
 */
@DgsDataLoader(name = PlatformDataLoader.NAME)
public class PlatformDataLoader implements MappedBatchLoader<UUID, Platform> {

	/** The registered name of this DataLoader. */
	public static final String NAME = "platforms";

	private final PlatformRepository repository;

	PlatformDataLoader(PlatformRepository repository) {
		this.repository = repository;
	}

	/**
	 * A platform, batched with the others of the request.
	 * @param env the data fetching environment
	 * @param id the platform id
	 * @return the platform, null when unknown
	 */
	public static CompletableFuture<Platform> load(DataFetchingEnvironment env, UUID id) {
		DataLoader<UUID, Platform> loader = env.getDataLoader(NAME);
		return loader.load(id);
	}

	@Override
	public CompletionStage<Map<UUID, Platform>> load(Set<UUID> ids) {
		return this.repository.findAllById(ids).collect(Collectors.toMap(Platform::id, Function.identity())).toFuture();
	}

}
