package io.streamhub.users.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventHandler;
import io.streamhub.platform.events.ProcessedEvents;
import io.streamhub.platform.ids.Ids;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Persists {@code notification.requested} events. Data: {@code recipients} (ids),
 * {@code kind}, optional {@code subject} {@code {type, id}} (defaults to the envelope's
 * subject) and optional {@code actor} (defaults to the envelope's actor). With
 * {@code "audience": "followers-of"} and {@code creatorId}, the followers of the creator
 * are notified too (actor: the creator; see {@link FollowersFanOut}). The processed-event
 * mark and the notifications commit together, so a redelivered event creates nothing
 * twice. Other event types are ignored; a malformed request is logged and dropped
 * (retrying cannot fix it).
 */
@Component
class NotificationRequestHandler implements EventHandler {

	static final String NOTIFICATION_REQUESTED = "notification.requested";

	static final String CONSUMER = "users.notifications";

	static final String FOLLOWERS_OF = "followers-of";

	private static final Logger logger = LoggerFactory.getLogger(NotificationRequestHandler.class);

	private final NotificationWriter writer;

	private final ProcessedEvents processedEvents;

	private final FollowersFanOut fanOut;

	private final TransactionalOperator transactions;

	NotificationRequestHandler(NotificationWriter writer, FollowersFanOut fanOut, ProcessedEvents processedEvents,
			TransactionalOperator transactions) {
		this.writer = writer;
		this.fanOut = fanOut;
		this.processedEvents = processedEvents;
		this.transactions = transactions;
	}

	@Override
	public Mono<Void> handle(EventEnvelope event) {
		if (!NOTIFICATION_REQUESTED.equals(event.type())) {
			return Mono.empty();
		}
		Optional<Request> request = Request.of(event);
		if (request.isEmpty()) {
			logger.warn("Dropping malformed notification request {}", event.id());
			return Mono.empty();
		}
		Mono<Void> persist = this.processedEvents.markProcessed(CONSUMER, event.id())
			.flatMap((first) -> first ? create(request.get()) : Mono.empty());
		return this.transactions.transactional(persist);
	}

	private Mono<Void> create(Request request) {
		Mono<Void> recipients = this.writer
			.create(request.recipients(), request.kind(), request.subject(), request.actor())
			.then();
		UUID creator = request.followersOf();
		if (creator == null) {
			return recipients;
		}
		return recipients
			.then(this.fanOut.notifyFollowers(creator, request.recipients(), request.kind(), request.subject(),
					creator))
			.then();
	}

	private record Request(List<UUID> recipients, String kind, EventEnvelope.Subject subject, @Nullable UUID actor,
			@Nullable UUID followersOf) {

		static Optional<Request> of(EventEnvelope event) {
			Map<String, Object> data = event.data();
			Object kind = data.get("kind");
			EventEnvelope.Subject subject = subject(data.get("subject"), event.subject());
			if (!(kind instanceof String text) || text.isBlank() || subject == null) {
				return Optional.empty();
			}
			Optional<UUID> creator = Ids.tryParse(data.get("creatorId"));
			boolean toFollowers = FOLLOWERS_OF.equals(data.get("audience"));
			if (toFollowers && creator.isEmpty()) {
				return Optional.empty();
			}
			UUID actor = Ids.tryParse(data.get("actor")).orElse(event.actor());
			UUID followersOf = toFollowers ? creator.get() : null;
			return Optional.of(new Request(recipients(data.get("recipients")), text, subject, actor, followersOf));
		}

		private static List<UUID> recipients(@Nullable Object value) {
			List<UUID> ids = new ArrayList<>();
			if (value instanceof Collection<?> values) {
				values.forEach((item) -> Ids.tryParse(item).ifPresent(ids::add));
			}
			return ids;
		}

		private static EventEnvelope.@Nullable Subject subject(@Nullable Object value,
				EventEnvelope.@Nullable Subject fallback) {
			if (!(value instanceof Map<?, ?> map)) {
				return fallback;
			}
			Object type = map.get("type");
			Optional<UUID> id = Ids.tryParse(map.get("id"));
			if (!(type instanceof String text) || id.isEmpty()) {
				return fallback;
			}
			return new EventEnvelope.Subject(text, id.get());
		}

	}

}
