package io.streamhub.users.follow;

import java.time.Instant;
import java.util.UUID;

import io.streamhub.users.paging.Cursor;

/**
 * The GraphQL {@code UserEdge}: {@code node} is resolved from {@code userId} by the users
 * DataLoader.
 *
 * @param userId the user at the other end of the follow
 * @param followedAt when the follow happened
 */
record FollowEdge(UUID userId, Instant followedAt) {

	Cursor position() {
		return new Cursor(this.followedAt, this.userId);
	}

	public String cursor() {
		return position().encode();
	}

}
