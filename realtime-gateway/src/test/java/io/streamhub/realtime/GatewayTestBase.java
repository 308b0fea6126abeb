package io.streamhub.realtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import io.streamhub.platform.test.EmbeddedInfrastructure;
import io.streamhub.platform.test.SharedInfrastructure;
import io.streamhub.platform.test.TestTokens;
import io.streamhub.realtime.events.StreamTailer;
import io.streamhub.realtime.subscription.SubscriptionHub;
import io.streamhub.realtime.support.TestSubgraphs;
import io.streamhub.router.composition.Composer;
import io.streamhub.router.composition.SubgraphSource;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * The gateway under test, shared by the test classes extending this (one Spring context):
 * real Redis, real token verification, three real in-test subgraphs, the supergraph
 * composed from them and the real {@code schema/realtime.graphqls}. Small limits so that
 * the limits can be tested: init timeout 1 s, 3 connections per user, 5 operations per
 * connection.
 */
@SpringBootTest(classes = RealtimeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "realtime.init-timeout=1s", "realtime.max-connections-per-user=3",
				"realtime.max-subscriptions-per-connection=5", "realtime.read-block=500ms" })
@EmbeddedInfrastructure(postgres = false)
abstract class GatewayTestBase {

	static final TestSubgraphs SUBGRAPHS = new TestSubgraphs();

	private static RedisClient redisClient;

	private static StatefulRedisConnection<String, String> redis;

	@LocalServerPort
	int port;

	@Autowired
	SubscriptionHub hub;

	@Autowired
	StreamTailer tailer;

	@DynamicPropertySource
	static void supergraph(DynamicPropertyRegistry registry) {
		registry.add("realtime.supergraph", () -> writeSupergraph(SUBGRAPHS).toString());
	}

	@BeforeEach
	void readerIsReading() {
		await().until(this.tailer::isReading);
	}

	static Path writeSupergraph(TestSubgraphs subgraphs) {
		try {
			String realtime = Files.readString(Path.of("../schema/realtime.graphqls"));
			String sdl = Composer
				.compose(List.of(new SubgraphSource("videos", subgraphs.url("videos"), TestSubgraphs.VIDEOS_SDL),
						new SubgraphSource("comments", subgraphs.url("comments"), TestSubgraphs.COMMENTS_SDL),
						new SubgraphSource("users", subgraphs.url("users"), TestSubgraphs.USERS_SDL),
						new SubgraphSource("realtime", "http://127.0.0.1:9/realtime", realtime)));
			Path file = Files.createTempFile("realtime-supergraph", ".graphql");
			Files.writeString(file, sdl);
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (io.streamhub.router.composition.CompositionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static synchronized StatefulRedisConnection<String, String> redis() {
		if (redis == null) {
			redisClient = RedisClient.create(SharedInfrastructure.redis().uri());
			redis = redisClient.connect();
		}
		return redis;
	}

	static String xadd(String stream, EventEnvelope event) {
		return redis().sync().xadd(stream, java.util.Map.of("event", EventJson.write(event)));
	}

	static String token(UUID user) {
		return TestTokens.shared().token(user);
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

	static EventEnvelope event(String type, String subjectType, String subjectId, java.util.Map<String, Object> data) {
		return EventEnvelope.of(type, new EventEnvelope.Subject(subjectType, UUID.fromString(subjectId)), null, data);
	}

}
