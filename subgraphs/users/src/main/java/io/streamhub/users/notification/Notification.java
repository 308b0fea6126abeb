package io.streamhub.users.notification;

import java.time.Instant;
import java.util.UUID;

import io.streamhub.users.paging.Cursor;
import org.jspecify.annotations.Nullable;

/**
 * A persisted notification (the GraphQL {@code Notification}; {@code actor} and the
 * subject references are resolved by {@link NotificationDataFetcher}).
 *
 * @param id the notification id
 * @param recipientId who it is for (the only one who may see it)
 * @param kind what happened, e.g. {@code user.followed}
 * @param subjectType the GraphQL type name of the subject
 * @param subjectId the subject's id
 * @param actorId who caused it, if anyone
 * @param readAt when the recipient marked it read
 * @param createdAt when it was created
 */
public record Notification(UUID id, UUID recipientId, String kind, String subjectType, UUID subjectId,
		@Nullable UUID actorId, @Nullable Instant readAt, Instant createdAt) {

	public boolean read() {
		return this.readAt != null;
	}

	Cursor position() {
		return new Cursor(this.createdAt, this.id);
	}

}
