package io.streamhub.videos.view;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.videos.support.TestVideos;
import io.streamhub.videos.support.VideosIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views are buffered in Redis and flushed in one statement; a flush is never applied
 * twice, so counts never jump or go backwards.
 */
@VideosIntegrationTest
class ViewCountTests {

	private static final String RECORD = "mutation($id: ID!) { recordView(videoId: $id) }";

	private static final String COUNT = "query($id: ID!) { video(id: $id) { viewCount } }";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	ViewBuffer buffer;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Autowired
	DatabaseClient db;

	@Test
	void bufferedViewsReachTheCountAfterAFlush() {
		String first = this.videos.ready(UUID.randomUUID(), "PUBLIC").toString();
		String second = this.videos.ready(UUID.randomUUID(), "UNLISTED").toString();
		GraphQlClient client = GraphQlClient.of(this.web);
		for (int i = 0; i < 3; i++) {
			GraphQlClient viewer = GraphQlClient.of(this.web);
			assertThat((Boolean) viewer.execute(RECORD, Map.of("id", first)).assertNoErrors().data("recordView"))
				.isTrue();
		}
		client.execute(RECORD, Map.of("id", second)).assertNoErrors();
		assertThat(viewCount(client, first)).as("before the flush").isEqualTo(0);

		this.buffer.flush().block(Duration.ofSeconds(30));

		assertThat(viewCount(client, first)).isEqualTo(3);
		assertThat(viewCount(client, second)).isEqualTo(1);
		this.buffer.flush().block(Duration.ofSeconds(30));
		assertThat(viewCount(client, first)).as("a second flush adds nothing").isEqualTo(3);
	}

	@Test
	void aFlushInterruptedAfterItsCommitIsNotAppliedAgain() {
		String id = this.videos.ready(UUID.randomUUID(), "PUBLIC").toString();
		GraphQlClient client = GraphQlClient.of(this.web);
		client.execute(RECORD, Map.of("id", id)).assertNoErrors();
		this.buffer.flush().block(Duration.ofSeconds(30));
		// As if the previous run had committed flush X and died before deleting its hash.
		UUID flushId = UUID.randomUUID();
		this.db.sql("INSERT INTO processed_event (consumer, event_id) VALUES ('videos.views', :id)")
			.bind("id", flushId)
			.then()
			.block();
		this.redis.opsForValue().set(ViewBuffer.FLUSH_ID, flushId.toString()).block();
		this.redis.opsForHash().put(ViewBuffer.FLUSHING, id, "5").block();

		this.buffer.flush().block(Duration.ofSeconds(30));

		assertThat(viewCount(client, id)).isEqualTo(1);
		assertThat(this.redis.hasKey(ViewBuffer.FLUSHING).block()).isFalse();
	}

	@Test
	void aViewerCountsOncePerVideoWithinTheWindow() {
		String id = this.videos.ready(UUID.randomUUID(), "PUBLIC").toString();
		String other = this.videos.ready(UUID.randomUUID(), "PUBLIC").toString();
		GraphQlClient anonymous = GraphQlClient.of(this.web);
		UUID user = UUID.randomUUID();
		String token = TestVideos.token(user, Role.VIEWER);
		for (int i = 0; i < 3; i++) {
			assertThat((Boolean) anonymous.execute(RECORD, Map.of("id", id)).assertNoErrors().data("recordView"))
				.isTrue();
			// the same signed-in user from a different address each time
			GraphQlClient.of(this.web).withToken(token).execute(RECORD, Map.of("id", id)).assertNoErrors();
		}
		GraphQlClient.of(this.web).execute(RECORD, Map.of("id", id)).assertNoErrors();
		anonymous.execute(RECORD, Map.of("id", other)).assertNoErrors();

		this.buffer.flush().block(Duration.ofSeconds(30));
		assertThat(viewCount(anonymous, id)).as("one anonymous address, one user, another address").isEqualTo(3);
		assertThat(viewCount(anonymous, other)).as("the window is per video").isEqualTo(1);

		String seen = ViewBuffer.SEEN + id + ":user:" + user;
		assertThat(this.redis.getExpire(seen).block()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(30));
		this.redis.delete(seen).block(); // as Redis does when the window ends
		GraphQlClient.of(this.web).withToken(token).execute(RECORD, Map.of("id", id)).assertNoErrors();
		this.buffer.flush().block(Duration.ofSeconds(30));
		assertThat(viewCount(anonymous, id)).as("counted again after the window").isEqualTo(4);
	}

	@Test
	void invisibleVideosCountNoViews() {
		String hidden = this.videos.ready(UUID.randomUUID(), "PRIVATE").toString();
		assertThat(GraphQlClient.of(this.web).execute(RECORD, Map.of("id", hidden)).errorCode()).isEqualTo("NOT_FOUND");
	}

	private static long viewCount(GraphQlClient client, String id) {
		Number count = client.execute(COUNT, Map.of("id", id)).assertNoErrors().data("video.viewCount");
		return count.longValue();
	}

}
