package io.streamhub.users.notification;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import io.streamhub.platform.ids.Ids;
import io.streamhub.users.generated.DgsConstants;
import org.dataloader.DataLoader;

/**
 * {@code _entities} for {@code Notification}: batched through
 * {@link NotificationDataLoader}; anyone but the recipient gets null.
 */
@DgsComponent
public class NotificationEntityFetcher {

	@DgsEntityFetcher(name = DgsConstants.NOTIFICATION.TYPE_NAME)
	public CompletableFuture<Notification> notification(Map<String, Object> representation,
			DataFetchingEnvironment env) {
		Optional<AuthenticatedUser> viewer = Viewer.current(env);
		Optional<UUID> id = Ids.tryParse(representation.get("id"));
		if (viewer.isEmpty() || id.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		DataLoader<UUID, Notification> loader = env.getDataLoader(NotificationDataLoader.NAME);
		UUID recipient = viewer.get().id();
		return loader.load(id.get())
			.thenApply((found) -> (found != null && found.recipientId().equals(recipient)) ? found : null);
	}

}
