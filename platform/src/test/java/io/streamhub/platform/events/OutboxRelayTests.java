package io.streamhub.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.streamhub.platform.test.SharedInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outbox → Redis stream delivery on real PostgreSQL and Redis, including a relay that
 * crashes between XADD and marking the rows sent.
 */
class OutboxRelayTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static EventsDatabase database;

	private static RedisClient redisClient;

	private static StatefulRedisConnection<String, String> redis;

	private final String stream = Streams.events("test-" + UUID.randomUUID());

	@BeforeAll
	static void start() {
		database = new EventsDatabase();
		redisClient = RedisClient.create(SharedInfrastructure.redis().uri());
		redis = redisClient.connect();
	}

	@AfterAll
	static void stop() {
		redis.close();
		redisClient.shutdown();
	}

	@Test
	void rolledBackTransactionPublishesNothing() {
		OutboxWriter writer = new DefaultOutboxWriter(database.client);
		EventEnvelope rolledBack = event("video.created");
		EventEnvelope committed = event("video.updated");

		Mono<Void> failing = writer.append(this.stream, rolledBack)
			.then(Mono.<Void>error(new IllegalStateException("business rule violated")))
			.as(database.transactions::transactional);
		StepVerifier.create(failing).expectError(IllegalStateException.class).verify(TIMEOUT);
		StepVerifier.create(writer.append(this.stream, committed).as(database.transactions::transactional))
			.verifyComplete();
		StepVerifier.create(relay().flush()).expectComplete().verify(TIMEOUT);

		assertThat(eventIds()).containsExactly(committed.id());
	}

	@Test
	void committedEventsArriveOnTheirStreamInOrderWhileTheRelayRuns() {
		OutboxWriter writer = new DefaultOutboxWriter(database.client);
		List<EventEnvelope> events = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			events.add(event("comment.added"));
		}
		OutboxRelay relay = relay();
		relay.start();
		try {
			Flux.fromIterable(events.subList(0, 4))
				.concatMap((e) -> writer.append(this.stream, e))
				.then()
				.as(database.transactions::transactional)
				.block(TIMEOUT);
			Flux.fromIterable(events.subList(4, 7))
				.concatMap((e) -> writer.append(this.stream, e))
				.then()
				.as(database.transactions::transactional)
				.block(TIMEOUT);

			Awaitility.await().atMost(TIMEOUT).until(() -> eventIds().size() == 7);
		}
		finally {
			relay.stop();
		}

		assertThat(eventIds()).containsExactlyElementsOf(events.stream().map(EventEnvelope::id).toList());
		List<StreamMessage<String, String>> entries = redis.sync().xrange(this.stream, Range.create("-", "+"));
		assertThat(EventJson.read(entries.get(0).getBody().get("event"))).isEqualTo(events.get(0));
	}

	@Test
	void relayCrashAfterXaddBeforeMarkingRedeliversEverythingAfterRestart() {
		OutboxWriter writer = new DefaultOutboxWriter(database.client);
		List<EventEnvelope> events = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			events.add(event("video.ready"));
		}
		Flux.fromIterable(events)
			.concatMap((e) -> writer.append(this.stream, e))
			.then()
			.as(database.transactions::transactional)
			.block(TIMEOUT);
		StreamPublisher real = new LettuceStreamPublisher(redis, 1000);
		AtomicInteger published = new AtomicInteger();
		StreamPublisher crashingAfterTwo = (stream, json) -> (published.incrementAndGet() <= 2)
				? real.publish(stream, json) : Mono.error(new IllegalStateException("relay process killed"));

		StepVerifier.create(relay(crashingAfterTwo).flush()).expectError(IllegalStateException.class).verify(TIMEOUT);
		assertThat(eventIds()).hasSize(2);

		StepVerifier.create(relay().flush()).expectComplete().verify(TIMEOUT);

		List<UUID> delivered = eventIds();
		assertThat(delivered).containsAll(events.stream().map(EventEnvelope::id).toList());
		assertThat(delivered).hasSize(7);
		assertThat(delivered.subList(2, 7)).containsExactlyElementsOf(events.stream().map(EventEnvelope::id).toList());
		assertThat(unsentRows()).isZero();
	}

	@Test
	void concurrentRelaysPublishEachEventExactlyOnce() {
		OutboxWriter writer = new DefaultOutboxWriter(database.client);
		List<EventEnvelope> events = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			events.add(event("follow.created"));
		}
		Flux.fromIterable(events)
			.concatMap((e) -> writer.append(this.stream, e))
			.then()
			.as(database.transactions::transactional)
			.block(TIMEOUT);
		OutboxProperties smallBatches = new OutboxProperties();
		smallBatches.setBatchSize(10);

		long started = System.nanoTime();
		Mono.when(relay(smallBatches).flush(), relay(smallBatches).flush(), relay(smallBatches).flush()).block(TIMEOUT);
		System.out.printf("3 relays moved 120 events in %d ms%n", (System.nanoTime() - started) / 1_000_000);

		assertThat(eventIds()).hasSize(120)
			.containsExactlyInAnyOrderElementsOf(events.stream().map(EventEnvelope::id).toList());
	}

	@Test
	void eventsWrittenWhileTheRelayIsStoppedAreDeliveredAfterRestart() {
		OutboxWriter writer = new DefaultOutboxWriter(database.client);
		OutboxRelay first = relay();
		first.start();
		EventEnvelope before = event("user.followed");
		writer.append(this.stream, before).block(TIMEOUT);
		Awaitility.await().atMost(TIMEOUT).until(() -> eventIds().size() == 1);
		first.stop();

		EventEnvelope during = event("user.followed");
		writer.append(this.stream, during).block(TIMEOUT);
		assertThat(first.isRunning()).isFalse();
		assertThat(unsentRows()).isEqualTo(1);

		OutboxRelay restarted = relay();
		restarted.start();
		try {
			Awaitility.await().atMost(TIMEOUT).until(() -> eventIds().size() == 2);
		}
		finally {
			restarted.stop();
		}
		assertThat(eventIds()).containsExactly(before.id(), during.id());
	}

	@Test
	void sentRowsOlderThanTheRetentionAreDeleted() {
		OutboxWriter writer = new DefaultOutboxWriter(database.client);
		writer.append(this.stream, event("video.viewed")).block(TIMEOUT);
		OutboxProperties noRetention = new OutboxProperties();
		noRetention.setRetention(Duration.ZERO);
		OutboxRelay relay = relay(noRetention);

		relay.start();
		try {
			Awaitility.await()
				.atMost(TIMEOUT)
				.until(() -> database.count("SELECT count(*) FROM outbox WHERE stream = '" + this.stream + "'") == 0);
		}
		finally {
			relay.stop();
		}
		assertThat(eventIds()).hasSize(1);
	}

	private OutboxRelay relay() {
		return relay(new LettuceStreamPublisher(redis, 1000));
	}

	private OutboxRelay relay(StreamPublisher publisher) {
		return new OutboxRelay(database.client, database.transactions, publisher, new OutboxProperties());
	}

	private OutboxRelay relay(OutboxProperties properties) {
		return new OutboxRelay(database.client, database.transactions, new LettuceStreamPublisher(redis, 1000),
				properties);
	}

	private long unsentRows() {
		return database.count("SELECT count(*) FROM outbox WHERE sent_at IS NULL AND stream = '" + this.stream + "'");
	}

	private List<UUID> eventIds() {
		return redis.sync()
			.xrange(this.stream, Range.create("-", "+"))
			.stream()
			.map((entry) -> EventJson.read(entry.getBody().get("event")).id())
			.toList();
	}

	private static EventEnvelope event(String type) {
		return EventEnvelope.of(type, new EventEnvelope.Subject("Video", UUID.randomUUID()), UUID.randomUUID(),
				Map.of("title", "t"));
	}

}
