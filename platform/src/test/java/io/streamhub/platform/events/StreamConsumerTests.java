package io.streamhub.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.streamhub.platform.test.SharedInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consumer groups on a real Redis: acknowledgement, redelivery, takeover of a dead
 * consumer's entries, dead-lettering, and idempotent handling with
 * {@link ProcessedEvents} on a real PostgreSQL.
 */
class StreamConsumerTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final StreamConsumerOptions FAST = new StreamConsumerOptions(10, Duration.ofMillis(200),
			Duration.ofMillis(300), Duration.ofMillis(100), 5, Duration.ofSeconds(10));

	private static RedisClient client;

	private static StatefulRedisConnection<String, String> connection;

	private static RedisCommands<String, String> redis;

	private final StreamConsumers consumers = new StreamConsumers(() -> client.connect());

	private final String stream = Streams.events("consumer-test-" + UUID.randomUUID());

	@BeforeAll
	static void connect() {
		client = RedisClient.create(SharedInfrastructure.redis().uri());
		connection = client.connect();
		redis = connection.sync();
	}

	@AfterAll
	static void disconnect() {
		connection.close();
		client.shutdown();
	}

	@AfterEach
	void stopConsumers() {
		this.consumers.close();
	}

	@Test
	void successfulHandlingIsAcknowledged() {
		List<EventEnvelope> handled = new CopyOnWriteArrayList<>();
		EventEnvelope event = publish(event());

		this.consumers.start(this.stream, "g", "c1", (e) -> Mono.fromRunnable(() -> handled.add(e)));

		Awaitility.await().atMost(TIMEOUT).until(() -> handled.size() == 1 && pending("g") == 0);
		assertThat(handled).containsExactly(event);
	}

	@Test
	void failedHandlingStaysPending() {
		AtomicInteger attempts = new AtomicInteger();
		publish(event());

		this.consumers.start(this.stream, "g", "c1", (e) -> Mono.fromRunnable(attempts::incrementAndGet)
			.then(Mono.error(new IllegalStateException("downstream unavailable"))));

		Awaitility.await().atMost(TIMEOUT).until(() -> attempts.get() == 1);
		Awaitility.await().atMost(TIMEOUT).until(() -> pending("g") == 1);
	}

	@Test
	void failedEntryIsRedeliveredUntilItSucceeds() {
		AtomicInteger attempts = new AtomicInteger();
		List<UUID> succeeded = new CopyOnWriteArrayList<>();
		EventEnvelope event = publish(event());

		this.consumers.start(this.stream, "g", "c1", (e) -> (attempts.incrementAndGet() < 3)
				? Mono.error(new IllegalStateException("transient")) : Mono.fromRunnable(() -> succeeded.add(e.id())),
				FAST);

		Awaitility.await().atMost(TIMEOUT).until(() -> succeeded.size() == 1 && pending("g") == 0);
		assertThat(succeeded).containsExactly(event.id());
		assertThat(attempts.get()).isEqualTo(3);
	}

	@Test
	void secondConsumerTakesOverDeadConsumersPendingEntry() {
		EventEnvelope event = publish(event());
		this.consumers.start(this.stream, "g", "probe", (e) -> Mono.empty()).dispose();
		redis.xgroupCreate(XReadArgs.StreamOffset.from(this.stream, "0"), "takeover",
				io.lettuce.core.XGroupCreateArgs.Builder.mkstream());
		// the "dead" consumer reads the entry and never acknowledges it
		assertThat(
				redis.xreadgroup(Consumer.from("takeover", "dead"), XReadArgs.StreamOffset.lastConsumed(this.stream)))
			.hasSize(1);
		List<String> handledBy = new CopyOnWriteArrayList<>();

		StreamConsumer alive = this.consumers.start(this.stream, "takeover", "alive", (e) -> Mono.fromRunnable(() -> {
			assertThat(e).isEqualTo(event);
			handledBy.add("alive");
		}), FAST);

		Awaitility.await().atMost(TIMEOUT).until(() -> handledBy.size() == 1 && pending("takeover") == 0);
		assertThat(alive.name()).isEqualTo("alive");
	}

	@Test
	void poisonEntryGoesToDeadLetterStreamAfterMaxDeliveries() {
		AtomicInteger attempts = new AtomicInteger();
		EventEnvelope event = publish(event());

		this.consumers.start(this.stream, "g", "c1", (e) -> Mono.fromRunnable(attempts::incrementAndGet)
			.then(Mono.error(new IllegalStateException("always fails"))), FAST.withMaxDeliveries(2));

		Awaitility.await().atMost(TIMEOUT).until(() -> redis.xlen(Streams.dead(this.stream)) == 1 && pending("g") == 0);
		assertThat(attempts.get()).isEqualTo(2);
		Map<String, String> dead = redis.xrange(Streams.dead(this.stream), io.lettuce.core.Range.create("-", "+"))
			.get(0)
			.getBody();
		assertThat(EventJson.read(dead.get("event")).id()).isEqualTo(event.id());
		assertThat(dead).containsEntry("group", "g");
	}

	@Test
	void malformedEntryIsDeadLetteredWithoutCallingTheHandler() {
		AtomicInteger attempts = new AtomicInteger();
		redis.xadd(this.stream, Map.of("event", "{not json"));

		this.consumers.start(this.stream, "g", "c1", (e) -> Mono.fromRunnable(attempts::incrementAndGet));

		Awaitility.await().atMost(TIMEOUT).until(() -> redis.xlen(Streams.dead(this.stream)) == 1 && pending("g") == 0);
		assertThat(attempts.get()).isZero();
	}

	@Test
	void duplicateDeliveriesAreIgnoredThroughProcessedEvents() {
		EventsDatabase database = new EventsDatabase();
		database.client.sql("CREATE TABLE effect (event_id UUID NOT NULL)").then().block(TIMEOUT);
		ProcessedEvents processed = new DefaultProcessedEvents(database.client);
		EventEnvelope event = event();
		publish(event);
		publish(event);
		EventEnvelope other = publish(event());
		AtomicInteger calls = new AtomicInteger();

		this.consumers.start(this.stream, "g", "c1",
				(e) -> processed.markProcessed("g", e.id())
					.doOnNext((first) -> calls.incrementAndGet())
					.filter((first) -> first)
					.flatMap((first) -> database.client.sql("INSERT INTO effect (event_id) VALUES (:id)")
						.bind("id", e.id())
						.then())
					.as(database.transactions::transactional));

		Awaitility.await().atMost(TIMEOUT).until(() -> calls.get() == 3 && pending("g") == 0);
		assertThat(database.count("SELECT count(*) FROM effect")).isEqualTo(2);
		assertThat(database.count("SELECT count(*) FROM effect WHERE event_id = '" + event.id() + "'")).isEqualTo(1);
		assertThat(database.count("SELECT count(*) FROM effect WHERE event_id = '" + other.id() + "'")).isEqualTo(1);
	}

	@Test
	void effectAndMarkRollBackTogetherSoAFailedAttemptIsRetried() {
		EventsDatabase database = new EventsDatabase();
		ProcessedEvents processed = new DefaultProcessedEvents(database.client);
		AtomicInteger attempts = new AtomicInteger();
		publish(event());

		this.consumers.start(this.stream, "g", "c1",
				(e) -> processed.markProcessed("g", e.id())
					.flatMap((first) -> (attempts.incrementAndGet() == 1)
							? Mono.error(new IllegalStateException("crash")) : Mono.just(first))
					.filter((first) -> first)
					.then()
					.as(database.transactions::transactional),
				FAST);

		Awaitility.await().atMost(TIMEOUT).until(() -> attempts.get() == 2 && pending("g") == 0);
		assertThat(database.count("SELECT count(*) FROM processed_event")).isEqualTo(1);
	}

	private long pending(String group) {
		return redis.xpending(this.stream, group).getCount();
	}

	private EventEnvelope publish(EventEnvelope event) {
		redis.xadd(this.stream, Map.of("event", EventJson.write(event)));
		return event;
	}

	private static EventEnvelope event() {
		return EventEnvelope.of("video.liked", new EventEnvelope.Subject("Video", UUID.randomUUID()), null, Map.of());
	}

}
