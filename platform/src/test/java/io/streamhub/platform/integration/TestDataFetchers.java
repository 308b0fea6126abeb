package io.streamhub.platform.integration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.platform.errors.ForbiddenException;
import io.streamhub.platform.errors.NotFoundException;
import io.streamhub.platform.errors.RateLimitedException;
import io.streamhub.platform.errors.UnauthenticatedException;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.OutboxWriter;
import io.streamhub.platform.events.Streams;
import io.streamhub.platform.ratelimit.RateLimit;
import io.streamhub.platform.ratelimit.RateLimiter;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.security.Viewer;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

@DgsComponent
class TestDataFetchers {

	static final String STREAM = Streams.events("platformtest");

	static final RateLimit LIMIT = new RateLimit("platformtest", 2, Duration.ofMinutes(1));

	private final OutboxWriter outbox;

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	private final RateLimiter rateLimiter;

	TestDataFetchers(OutboxWriter outbox, DatabaseClient database, ReactiveTransactionManager transactionManager,
			RateLimiter rateLimiter) {
		this.outbox = outbox;
		this.database = database;
		this.transactions = TransactionalOperator.create(transactionManager);
		this.rateLimiter = rateLimiter;
	}

	@DgsQuery
	String me(DataFetchingEnvironment env) {
		return Viewer.require(env).id().toString();
	}

	@DgsQuery
	String adminOnly(DataFetchingEnvironment env) {
		return "secret for " + Viewer.requireRole(env, Role.ADMIN).id();
	}

	@DgsQuery
	String fail(@InputArgument String code) {
		switch (code) {
			case "BAD_USER_INPUT" -> throw new BadUserInputException("code", "code is not acceptable");
			case "UNAUTHENTICATED" -> throw new UnauthenticatedException("who are you?");
			case "FORBIDDEN" -> throw new ForbiddenException("not yours");
			case "NOT_FOUND" -> throw new NotFoundException("no such video");
			case "RATE_LIMITED" -> throw new RateLimitedException(42);
			default -> throw new IllegalStateException("database password is hunter2");
		}
	}

	@DgsQuery
	CompletableFuture<String> failAsync() {
		return CompletableFuture.supplyAsync(() -> {
			throw new IllegalStateException("connection string postgres://secret");
		});
	}

	@DgsQuery
	List<Map<String, String>> items(@InputArgument List<String> ids) {
		return ids.stream().map((id) -> Map.of("id", id)).toList();
	}

	@DgsData(parentType = "Item")
	CompletableFuture<String> viewer(DataFetchingEnvironment env) {
		DataLoader<String, String> loader = env.getDataLoader(TestDataLoaders.VIEWER);
		return loader.load(id(env));
	}

	@DgsData(parentType = "Item")
	CompletableFuture<String> broken(DataFetchingEnvironment env) {
		DataLoader<String, String> loader = env.getDataLoader(TestDataLoaders.BROKEN);
		return loader.load(id(env));
	}

	@DgsData(parentType = "Item")
	CompletableFuture<String> exploding(DataFetchingEnvironment env) {
		DataLoader<String, String> loader = env.getDataLoader(TestDataLoaders.EXPLODING);
		return loader.load(id(env));
	}

	@DgsQuery
	Mono<Integer> thingCount() {
		return this.database.sql("SELECT count(*) FROM thing")
			.map((row, metadata) -> row.get(0, Long.class).intValue())
			.one();
	}

	@DgsQuery
	Mono<String> limited(DataFetchingEnvironment env) {
		AuthenticatedUser user = Viewer.require(env);
		return this.rateLimiter.acquire(LIMIT, user.id().toString()).thenReturn("ok");
	}

	@DgsQuery
	String byUuid(@InputArgument UUID id) {
		return id.toString();
	}

	@DgsMutation
	Mono<String> createThing(@InputArgument String title, @InputArgument Boolean failAfterWrite,
			DataFetchingEnvironment env) {
		if (title.isBlank()) {
			return Mono.error(new BadUserInputException("title", "title must not be blank"));
		}
		UUID actor = Viewer.current(env).map(AuthenticatedUser::id).orElse(null);
		UUID id = UUID.randomUUID();
		Mono<Void> write = this.database.sql("INSERT INTO thing (id, title) VALUES (:id, :title)")
			.bind("id", id)
			.bind("title", title)
			.then()
			.then(this.outbox.append(STREAM, EventEnvelope.of("thing.created", new EventEnvelope.Subject("Thing", id),
					actor, Map.of("title", title))));
		if (Boolean.TRUE.equals(failAfterWrite)) {
			write = write.then(Mono.error(new IllegalStateException("failed after writing")));
		}
		return write.as(this.transactions::transactional).thenReturn(id.toString());
	}

	@SuppressWarnings("unchecked")
	private static String id(DataFetchingEnvironment env) {
		return ((Map<String, String>) env.getSource()).get("id");
	}

}
