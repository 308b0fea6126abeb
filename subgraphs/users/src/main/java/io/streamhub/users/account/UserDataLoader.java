package io.streamhub.users.account;

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
 * Loads accounts by id, one SQL statement per batch. Every path that yields a
 * {@code User} from an id (entity fetches, edges, actors) goes through it.
 */
@DgsDataLoader(name = UserDataLoader.NAME)
public class UserDataLoader implements MappedBatchLoader<UUID, Account> {

	/** The registered name of this DataLoader. */
	public static final String NAME = "users";

	private final AccountRepository repository;

	UserDataLoader(AccountRepository repository) {
		this.repository = repository;
	}

	/**
	 * Loads one account through the request's DataLoader (batched with the other loads of
	 * the same dispatch).
	 * @param env the data fetching environment
	 * @param id the user id
	 * @return the account, or null when unknown
	 */
	public static CompletableFuture<Account> load(DataFetchingEnvironment env, UUID id) {
		DataLoader<UUID, Account> loader = env.getDataLoader(NAME);
		if (loader == null) {
			throw new IllegalStateException("DataLoader " + NAME + " is not registered");
		}
		return loader.load(id);
	}

	@Override
	public CompletionStage<Map<UUID, Account>> load(Set<UUID> ids) {
		return this.repository.findAllById(ids).collect(Collectors.toMap(Account::id, Function.identity())).toFuture();
	}

}
