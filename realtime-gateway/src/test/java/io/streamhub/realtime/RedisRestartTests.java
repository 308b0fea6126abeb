package io.streamhub.realtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.streamhub.platform.embedded.FreePorts;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import io.streamhub.realtime.support.TestSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis goes away mid-stream and comes back: the reader resumes from the last id it saw,
 * so events added right after the restart — before the gateway has reconnected — are
 * still delivered, in order. (This Redis has no persistence: the stream restarts empty,
 * and new entry ids, based on the clock, still come after the last id seen.)
 */
class RedisRestartTests extends GatewayTestBase {

	private static final int PORT = FreePorts.next();

	private static RedisServer server = startRedis();

	@DynamicPropertySource
	static void ownRedis(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", () -> PORT);
	}

	@AfterAll
	static void stopRedis() throws IOException {
		server.stop();
	}

	@Test
	void eventsAddedAroundARedisRestartAreAllDelivered() throws IOException {
		String videoId = newId();
		SUBGRAPHS.video(videoId, "Restart", "PUBLIC", "PROCESSING", 0, newId());
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.subscribe("s", "subscription($v: ID!) { videoStatusChanged(videoId: $v) { id } }",
					Map.of("v", videoId));
			await().until(() -> this.hub.subscriptionCount() == 1);
			publish(EventFlowTests.videoEvent("video.progress", videoId, Map.of("percent", 10)));
			assertThat(socket.next()).containsEntry("type", "next");

			server.stop();
			await().until(() -> !this.tailer.isReading());
			server = startRedis();
			long delivered = this.hub.deliveries();
			publish(EventFlowTests.videoEvent("video.progress", videoId, Map.of("percent", 50)));
			publish(EventFlowTests.videoEvent("video.ready", videoId, Map.of()));
			assertThat(socket.next()).containsEntry("type", "next");
			assertThat(socket.next()).containsEntry("type", "next");
			// the counter is incremented once the message is queued: it may trail the
			// receipt
			await().until(() -> this.hub.deliveries() - delivered == 2);
			assertThat(socket.pending()).isEmpty();
		}
	}

	private static void publish(EventEnvelope event) {
		RedisClient client = RedisClient.create("redis://127.0.0.1:" + PORT);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().xadd("events:videos", Map.of("event", EventJson.write(event)));
		}
		finally {
			client.shutdown();
		}
	}

	private static RedisServer startRedis() {
		try {
			RedisServer redis = RedisServer.newRedisServer()
				.port(PORT)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.onShutdownForceStop(true)
				.build();
			redis.start();
			return redis;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
