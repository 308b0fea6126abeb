package io.streamhub.users.notification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Creates notifications and their {@code notification.created} events, inside the
 * caller's transaction (so a follow and its notification commit together).
 */
public interface NotificationWriter {

	/**
	 * Creates one notification per recipient; recipients without an account are skipped.
	 * @param recipients who to notify
	 * @param kind what happened
	 * @param subject what it happened to
	 * @param actor who did it, if anyone
	 * @return the created notifications
	 */
	Mono<List<Notification>> create(Collection<UUID> recipients, String kind, EventEnvelope.Subject subject,
			@Nullable UUID actor);

}
