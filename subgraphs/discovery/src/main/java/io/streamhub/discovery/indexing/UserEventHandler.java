package io.streamhub.discovery.indexing;

import java.util.Optional;
import java.util.UUID;

import io.streamhub.discovery.activity.ActivityRepository;
import io.streamhub.discovery.activity.CreatorRepository;
import io.streamhub.platform.ids.Ids;
import io.streamhub.discovery.index.VideoIndex;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventHandler;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Consumes events:users: user.registered gives creator usernames (stored, and set on the
 * creator's documents already indexed); user.followed / user.unfollowed the follows that
 * recommendations blend in. Every effect is idempotent.
 */
@Component
public class UserEventHandler implements EventHandler {

	private final CreatorRepository creators;

	private final ActivityRepository activity;

	private final VideoIndex index;

	UserEventHandler(CreatorRepository creators, ActivityRepository activity, VideoIndex index) {
		this.creators = creators;
		this.activity = activity;
		this.index = index;
	}

	@Override
	public Mono<Void> handle(EventEnvelope event) {
		if ("user.registered".equals(event.type()) && event.data().get("username") instanceof String username) {
			UUID userId = event.subject().id();
			return this.creators.save(userId, username).then(this.index.updateUsername(userId, username));
		}
		Optional<UUID> follower = Ids.tryParse(event.data().get("followerId"));
		Optional<UUID> followee = Ids.tryParse(event.data().get("followeeId"));
		if (follower.isEmpty() || followee.isEmpty()) {
			return Mono.empty();
		}
		if ("user.followed".equals(event.type())) {
			return this.activity.follow(follower.get(), followee.get());
		}
		if ("user.unfollowed".equals(event.type())) {
			return this.activity.unfollow(follower.get(), followee.get());
		}
		return Mono.empty();
	}

}
