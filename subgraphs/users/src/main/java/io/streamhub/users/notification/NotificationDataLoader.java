package io.streamhub.users.notification;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import org.dataloader.MappedBatchLoader;

/**
 * Loads notifications by id, one SQL statement per batch (visibility is checked by the
 * caller).
 */
@DgsDataLoader(name = NotificationDataLoader.NAME)
class NotificationDataLoader implements MappedBatchLoader<UUID, Notification> {

	static final String NAME = "notifications";

	private final NotificationRepository repository;

	NotificationDataLoader(NotificationRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<UUID, Notification>> load(Set<UUID> ids) {
		return this.repository.findAllById(ids)
			.collect(Collectors.toMap(Notification::id, Function.identity()))
			.toFuture();
	}

}
