package io.streamhub.users.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.OutboxWriter;
import io.streamhub.platform.events.Streams;
import io.streamhub.users.config.UsersProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Notifies the followers of a user (audience {@code followers-of}), page by page: each
 * batch is one {@code INSERT ... SELECT} over the follows table, keyed on the follower id
 * after the last one of the previous batch, at most
 * {@code users.notifications.fan-out-batch-size} rows per statement and
 * {@code users.notifications.max-fan-out} in all (a warning is logged when followers are
 * left out). Every batch joins the caller's transaction, which also records the event id
 * as processed: a redelivered request finds it recorded and creates nothing, and a
 * failure part-way rolls every batch back. One {@code notification.created} per
 * notification goes to the outbox, as for any notification; the cap bounds their number.
 */
@Component
class FollowersFanOut {

	private static final Logger logger = LoggerFactory.getLogger(FollowersFanOut.class);

	private static final Comparator<UUID> POSTGRES_ORDER = Comparator.comparing(UUID::toString);

	private final NotificationRepository repository;

	private final OutboxWriter outbox;

	private final Clock clock;

	private final UsersProperties properties;

	FollowersFanOut(NotificationRepository repository, OutboxWriter outbox, Clock clock, UsersProperties properties) {
		this.repository = repository;
		this.outbox = outbox;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Notifies every follower of {@code followee} except {@code excluded} (already
	 * notified), up to the cap.
	 * @return how many followers were notified
	 */
	Mono<Integer> notifyFollowers(UUID followee, Collection<UUID> excluded, String kind, EventEnvelope.Subject subject,
			@Nullable UUID actor) {
		FanOut fanOut = new FanOut(followee, Set.copyOf(excluded), kind, subject, actor, this.clock.instant());
		return next(fanOut, null, 0);
	}

	private Mono<Integer> next(FanOut fanOut, @Nullable UUID after, int done) {
		UsersProperties.Notifications config = this.properties.getNotifications();
		int limit = Math.min(Math.max(config.getFanOutBatchSize(), 1), config.getMaxFanOut() - done);
		if (limit <= 0) {
			return warnIfCapped(fanOut, after, done);
		}
		return insertBatch(fanOut, after, limit).flatMap((batch) -> {
			int total = done + batch.size();
			if (batch.size() < limit) {
				return Mono.just(total);
			}
			UUID last = batch.stream().map(Notification::recipientId).max(POSTGRES_ORDER).orElseThrow();
			return next(fanOut, last, total);
		});
	}

	private Mono<List<Notification>> insertBatch(FanOut fanOut, @Nullable UUID after, int limit) {
		return this.repository
			.insertForFollowers(fanOut.followee(), after, fanOut.excluded(), limit, fanOut.kind(),
					fanOut.subject().type(), fanOut.subject().id(), fanOut.actor(), fanOut.at())
			.concatMap((notification) -> this.outbox
				.append(Streams.events("users"), DefaultNotificationWriter.created(notification))
				.thenReturn(notification))
			.collectList();
	}

	private Mono<Integer> warnIfCapped(FanOut fanOut, @Nullable UUID after, int done) {
		if (after == null) {
			return Mono.just(done);
		}
		return this.repository.hasFollowersAfter(fanOut.followee(), after, fanOut.excluded()).map((more) -> {
			if (more) {
				logger.warn("Notified only the first {} followers of {} about {} {} (users.notifications.max-fan-out)",
						done, fanOut.followee(), fanOut.subject().type(), fanOut.subject().id());
			}
			return done;
		});
	}

	private record FanOut(UUID followee, Set<UUID> excluded, String kind, EventEnvelope.Subject subject,
			@Nullable UUID actor, Instant at) {
	}

}
