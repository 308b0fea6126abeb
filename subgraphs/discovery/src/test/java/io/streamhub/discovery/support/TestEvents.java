package io.streamhub.discovery.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.TestTokens;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Publishes events to the real Redis streams the way the videos and users services'
 * relays do (envelope JSON in field {@code event}), with the payloads they emit.
 */
public final class TestEvents {

	private final ReactiveStringRedisTemplate redis;

	TestEvents(ReactiveStringRedisTemplate redis) {
		this.redis = redis;
	}

	/**
	 * A bearer token of the shared test issuer.
	 * @param userId the user
	 * @param roles the roles
	 * @return the token
	 */
	public static String token(UUID userId, Role... roles) {
		return TestTokens.shared().token(userId, roles);
	}

	/**
	 * Publish a video event.
	 * @param type e.g. {@code video.ready}
	 * @param video the video's state after the change
	 * @param at when it happened (its version)
	 * @return the event
	 */
	public EventEnvelope video(String type, TestVideo video, Instant at) {
		EventEnvelope event = new EventEnvelope(UUID.randomUUID(), type, at.truncatedTo(ChronoUnit.MICROS),
				new EventEnvelope.Subject("Video", video.id()), video.creatorId(), video.data());
		publish("events:videos", event);
		return event;
	}

	/**
	 * Publish a video.counters event (as likeVideo/unlikeVideo, with an actor, or the
	 * view buffer, without).
	 * @param videoId the video
	 * @param views the view count now
	 * @param likes the like count now
	 * @param actor who liked, if a like
	 */
	public void counters(UUID videoId, long views, long likes, UUID actor) {
		Map<String, Object> data = Map.of("videoId", videoId.toString(), "viewCount", views, "likeCount", likes);
		publish("events:videos",
				new EventEnvelope(UUID.randomUUID(), "video.counters", Instant.now().truncatedTo(ChronoUnit.MICROS),
						new EventEnvelope.Subject("Video", videoId), actor, data));
	}

	/**
	 * Publish a video.counters event of the view buffer (no actor).
	 * @param videoId the video
	 * @param views the view count now
	 * @param likes the like count now
	 */
	public void views(UUID videoId, long views, long likes) {
		Map<String, Object> data = Map.of("videoId", videoId.toString(), "viewCount", views, "likeCount", likes);
		publish("events:videos", new EventEnvelope(UUID.randomUUID(), "video.counters",
				Instant.now().truncatedTo(ChronoUnit.MICROS), new EventEnvelope.Subject("Video", videoId), null, data));
	}

	/**
	 * Publish user.registered.
	 * @param userId the user
	 * @param username the username
	 */
	public void registered(UUID userId, String username) {
		publish("events:users", EventEnvelope.of("user.registered", new EventEnvelope.Subject("User", userId), userId,
				Map.of("username", username, "displayName", username)));
	}

	/**
	 * Publish user.followed.
	 * @param follower who
	 * @param followee whom
	 */
	public void followed(UUID follower, UUID followee) {
		publish("events:users", EventEnvelope.of("user.followed", new EventEnvelope.Subject("User", followee), follower,
				Map.of("followerId", follower.toString(), "followeeId", followee.toString())));
	}

	private void publish(String stream, EventEnvelope event) {
		this.redis.opsForStream().add(stream, Map.of("event", EventJson.write(event))).block();
	}

	/**
	 * A video's indexable state, as the videos service puts it in every event.
	 *
	 * @param id the id
	 * @param creatorId the creator
	 * @param title the title
	 * @param description the description
	 * @param tags the tags
	 * @param category the category
	 * @param visibility PUBLIC, UNLISTED or PRIVATE
	 * @param status UPLOADING, PROCESSING, READY or FAILED
	 * @param durationSeconds the duration
	 * @param views views
	 * @param likes likes
	 * @param publishedAt when it became READY
	 */
	public record TestVideo(UUID id, UUID creatorId, String title, String description, List<String> tags,
			String category, String visibility, String status, double durationSeconds, long views, long likes,
			Instant publishedAt) {

		/**
		 * A PUBLIC, READY video.
		 * @param category the category (tests isolate their data by it)
		 * @param title the title
		 * @param description the description
		 * @param tags the tags
		 * @return the video
		 */
		public static TestVideo ready(String category, String title, String description, String... tags) {
			return new TestVideo(UUID.randomUUID(), UUID.randomUUID(), title, description, List.of(tags), category,
					"PUBLIC", "READY", 60, 0, 0, Instant.now().truncatedTo(ChronoUnit.SECONDS));
		}

		public TestVideo withCreator(UUID creator) {
			return new TestVideo(this.id, creator, this.title, this.description, this.tags, this.category,
					this.visibility, this.status, this.durationSeconds, this.views, this.likes, this.publishedAt);
		}

		public TestVideo withTitle(String newTitle) {
			return new TestVideo(this.id, this.creatorId, newTitle, this.description, this.tags, this.category,
					this.visibility, this.status, this.durationSeconds, this.views, this.likes, this.publishedAt);
		}

		public TestVideo withVisibility(String newVisibility) {
			return new TestVideo(this.id, this.creatorId, this.title, this.description, this.tags, this.category,
					newVisibility, this.status, this.durationSeconds, this.views, this.likes, this.publishedAt);
		}

		public TestVideo withStatus(String newStatus) {
			return new TestVideo(this.id, this.creatorId, this.title, this.description, this.tags, this.category,
					this.visibility, newStatus, this.durationSeconds, this.views, this.likes, this.publishedAt);
		}

		public TestVideo withDuration(double seconds) {
			return new TestVideo(this.id, this.creatorId, this.title, this.description, this.tags, this.category,
					this.visibility, this.status, seconds, this.views, this.likes, this.publishedAt);
		}

		public TestVideo withViews(long count) {
			return new TestVideo(this.id, this.creatorId, this.title, this.description, this.tags, this.category,
					this.visibility, this.status, this.durationSeconds, count, this.likes, this.publishedAt);
		}

		public TestVideo withPublishedAt(Instant at) {
			return new TestVideo(this.id, this.creatorId, this.title, this.description, this.tags, this.category,
					this.visibility, this.status, this.durationSeconds, this.views, this.likes,
					at.truncatedTo(ChronoUnit.SECONDS));
		}

		Map<String, Object> data() {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("videoId", this.id.toString());
			data.put("creatorId", this.creatorId.toString());
			data.put("title", this.title);
			data.put("description", this.description);
			data.put("tags", this.tags);
			data.put("category", this.category);
			data.put("visibility", this.visibility);
			data.put("status", this.status);
			data.put("durationSeconds", this.durationSeconds);
			data.put("viewCount", this.views);
			data.put("likeCount", this.likes);
			data.put("createdAt", this.publishedAt.minusSeconds(60).toString());
			data.put("publishedAt", "READY".equals(this.status) ? this.publishedAt.toString() : null);
			return data;
		}

	}

}
