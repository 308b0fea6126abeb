package io.streamhub.users.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.test.SqlStatementCounter;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.users.support.TestAccounts;
import io.streamhub.users.support.TestAccounts.TestUser;
import io.streamhub.users.support.UsersIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@UsersIntegrationTest
class UserEntitiesTests {

	private static final String ENTITIES = """
			query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id username displayName email } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SqlStatementCounter sql;

	@Test
	void fiftyUsersAreResolvedWithExactlyOneSqlStatement() {
		List<TestUser> users = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			users.add(this.accounts.create("entity"));
		}
		List<Map<String, Object>> representations = users.stream()
			.map((user) -> Map.<String, Object>of("__typename", "User", "id", user.id().toString()))
			.toList();

		this.sql.reset();
		GraphQlResponse response = GraphQlClient.of(this.web).execute(ENTITIES, Map.of("r", representations));

		response.assertNoErrors();
		List<String> statements = requestStatements();
		assertThat(statements).as("SQL run for the request").hasSize(1);
		assertThat(statements.get(0)).contains("app_user").contains("ANY");
		List<String> ids = response.data("_entities[*].id");
		assertThat(ids).containsExactlyElementsOf(users.stream().map((user) -> user.id().toString()).toList());
		List<String> usernames = response.data("_entities[*].username");
		assertThat(usernames).containsExactlyElementsOf(users.stream().map(TestUser::username).toList());
	}

	@Test
	void countsOfManyUsersAreBatchedToOneStatementPerCount() {
		List<Map<String, Object>> representations = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			representations.add(Map.of("__typename", "User", "id", this.accounts.create("counted").id().toString()));
		}
		this.sql.reset();
		GraphQlResponse response = GraphQlClient.of(this.web)
			.execute(
					"query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id followerCount followingCount } } }",
					Map.of("r", representations));
		response.assertNoErrors();
		assertThat(requestStatements()).as("users, follower counts, following counts").hasSize(3);
		List<Integer> counts = response.data("_entities[*].followerCount");
		assertThat(counts).hasSize(10).containsOnly(0);
	}

	@Test
	void unknownAndMalformedIdsResolveToNullInPlace() {
		TestUser user = this.accounts.create("entity");
		List<Map<String, Object>> representations = List.of(
				Map.of("__typename", "User", "id", UUID.randomUUID().toString()),
				Map.of("__typename", "User", "id", user.id().toString()), Map.of("__typename", "User", "id", "nope"));
		GraphQlResponse response = GraphQlClient.of(this.web).execute(ENTITIES, Map.of("r", representations));
		List<Object> entities = response.data("_entities");
		assertThat(entities).hasSize(3);
		assertThat(entities.get(0)).isNull();
		assertThat((String) response.data("_entities[1].id")).isEqualTo(user.id().toString());
		assertThat(entities.get(2)).isNull();
	}

	@Test
	void serviceSdlDeclaresUserAndNotificationAsEntities() {
		String sdl = GraphQlClient.of(this.web).execute("{ _service { sdl } }").assertNoErrors().data("_service.sdl");
		assertThat(sdl).containsPattern("type User @key\\(fields ?: ?\"id\"")
			.containsPattern("type Notification @key\\(fields ?: ?\"id\"");
	}

	/**
	 * The counter sees every statement of the context, including the outbox relay's
	 * background polling: those are not the request's.
	 */
	private List<String> requestStatements() {
		return this.sql.statements().stream().filter((statement) -> !statement.contains("outbox")).toList();
	}

}
