package io.streamhub.users.account;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.ids.Ids;
import io.streamhub.users.generated.DgsConstants;

/**
 * {@code _entities} for {@code User}: every representation is one DataLoader load, so a
 * batch of representations costs one SQL statement. Unknown or malformed ids resolve to
 * null.
 */
@DgsComponent
public class UserEntityFetcher {

	@DgsEntityFetcher(name = DgsConstants.USER.TYPE_NAME)
	public CompletableFuture<Account> user(Map<String, Object> representation, DataFetchingEnvironment env) {
		return Ids.tryParse(representation.get("id"))
			.map((id) -> UserDataLoader.load(env, id))
			.orElseGet(() -> CompletableFuture.completedFuture(null));
	}

}
