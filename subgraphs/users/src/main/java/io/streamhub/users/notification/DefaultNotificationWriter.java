package io.streamhub.users.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.OutboxWriter;
import io.streamhub.platform.events.Streams;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Inserts notifications and appends one {@code notification.created} per notification to
 * the outbox ({@code events:users}); both join the caller's transaction.
 */
@Component
class DefaultNotificationWriter implements NotificationWriter {

	static final String NOTIFICATION_CREATED = "notification.created";

	private final NotificationRepository repository;

	private final OutboxWriter outbox;

	private final Clock clock;

	DefaultNotificationWriter(NotificationRepository repository, OutboxWriter outbox, Clock clock) {
		this.repository = repository;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Override
	public Mono<List<Notification>> create(Collection<UUID> recipients, String kind, EventEnvelope.Subject subject,
			@Nullable UUID actor) {
		if (recipients.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.repository.insert(recipients, kind, subject.type(), subject.id(), actor, this.clock.instant())
			.concatMap((notification) -> this.outbox.append(Streams.events("users"), created(notification))
				.thenReturn(notification))
			.collectList();
	}

	static EventEnvelope created(Notification notification) {
		Map<String, Object> data = new HashMap<>();
		data.put("recipientId", notification.recipientId().toString());
		data.put("kind", notification.kind());
		data.put("subjectType", notification.subjectType());
		data.put("subjectId", notification.subjectId().toString());
		return EventEnvelope.of(NOTIFICATION_CREATED, new EventEnvelope.Subject("Notification", notification.id()),
				notification.actorId(), Map.copyOf(data));
	}

}
