package io.streamhub.users.follow;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.platform.errors.NotFoundException;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.OutboxWriter;
import io.streamhub.platform.events.Streams;
import io.streamhub.users.account.Account;
import io.streamhub.users.account.AccountService;
import io.streamhub.users.notification.NotificationWriter;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Follow and unfollow, both idempotent. A new follow commits with its
 * {@code user.followed} event and the followee's notification (kind
 * {@code user.followed}, subject and actor the follower).
 */
@Service
class FollowService {

	static final String USER_FOLLOWED = "user.followed";

	static final String USER_UNFOLLOWED = "user.unfollowed";

	private final FollowRepository repository;

	private final AccountService accounts;

	private final NotificationWriter notifications;

	private final OutboxWriter outbox;

	private final TransactionalOperator transactions;

	private final Clock clock;

	FollowService(FollowRepository repository, AccountService accounts, NotificationWriter notifications,
			OutboxWriter outbox, TransactionalOperator transactions, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.notifications = notifications;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	Mono<Account> follow(UUID follower, UUID followee) {
		if (follower.equals(followee)) {
			return Mono.error(new BadUserInputException("userId", "You cannot follow yourself"));
		}
		Mono<Void> change = this.repository.insert(follower, followee, this.clock.instant())
			.flatMap((created) -> created ? announceFollow(follower, followee) : Mono.empty());
		return existing(followee).flatMap((account) -> this.transactions.transactional(change).thenReturn(account));
	}

	Mono<Account> unfollow(UUID follower, UUID followee) {
		Mono<Void> change = this.repository.delete(follower, followee)
			.flatMap((deleted) -> deleted
					? this.outbox.append(Streams.events("users"), event(USER_UNFOLLOWED, follower, followee))
					: Mono.empty());
		return existing(followee).flatMap((account) -> this.transactions.transactional(change).thenReturn(account));
	}

	private Mono<Void> announceFollow(UUID follower, UUID followee) {
		EventEnvelope.Subject subject = new EventEnvelope.Subject("User", follower);
		return this.outbox.append(Streams.events("users"), event(USER_FOLLOWED, follower, followee))
			.then(this.notifications.create(List.of(followee), USER_FOLLOWED, subject, follower))
			.then();
	}

	private Mono<Account> existing(UUID userId) {
		return this.accounts.find(userId).switchIfEmpty(Mono.error(() -> new NotFoundException("No such user")));
	}

	private static EventEnvelope event(String type, UUID follower, UUID followee) {
		return EventEnvelope.of(type, new EventEnvelope.Subject("User", followee), follower,
				Map.of("followerId", follower.toString(), "followeeId", followee.toString()));
	}

}
