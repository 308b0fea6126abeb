package io.streamhub.users.account;

import java.util.HashMap;
import java.util.Map;

import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.users.support.TestAccounts;
import io.streamhub.users.support.UsersIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@UsersIntegrationTest
class RegistrationTests {

	private static final String REGISTER = """
			mutation($input: RegisterInput!) {
			  register(input: $input) { id username displayName email roles }
			}""";

	@Autowired
	WebTestClient web;

	@Autowired
	DatabaseClient db;

	private GraphQlClient client;

	@BeforeEach
	void client() {
		this.client = GraphQlClient.of(this.web);
	}

	@Test
	void registersAViewerWithABcryptCost12Hash() {
		String username = TestAccounts.uniqueName("reg");
		GraphQlResponse response = register(
				input(username + "@example.test", username.toUpperCase(), "a long enough password", " Reggie "));
		response.assertNoErrors();
		assertThat((String) response.data("register.username")).isEqualTo(username);
		assertThat((String) response.data("register.displayName")).isEqualTo("Reggie");
		assertThat((Object) response.data("register.roles")).asList().containsExactly("VIEWER");
		String hash = this.db.sql("SELECT password_hash FROM app_user WHERE username = :u")
			.bind("u", username)
			.map((row, meta) -> row.get(0, String.class))
			.one()
			.block();
		assertThat(hash).startsWith("$2a$12$");
	}

	@Test
	void eachInvalidFieldIsReportedAsBadUserInputNamingIt() {
		String name = TestAccounts.uniqueName("bad");
		String email = name + "@example.test";
		assertRejected(input("not-an-email", name, "a long enough password", "Name"), "input.email");
		assertRejected(input(email, "ab", "a long enough password", "Name"), "input.username");
		assertRejected(input(email, "has space", "a long enough password", "Name"), "input.username");
		assertRejected(input(email, "x".repeat(31), "a long enough password", "Name"), "input.username");
		assertRejected(input(email, name, "short", "Name"), "input.password");
		assertRejected(input(email, name, "a long enough password", "  "), "input.displayName");
		assertRejected(input(email, name, "a long enough password", "n".repeat(61)), "input.displayName");
		assertThat(rowsFor(name)).isZero();
	}

	@Test
	void duplicateEmailOrUsernameIsRejectedIgnoringCaseAndWritesNothing() {
		String name = TestAccounts.uniqueName("dup");
		register(input(name + "@Example.test", name, "a long enough password", "First")).assertNoErrors();
		long outboxBefore = outboxRows();

		GraphQlResponse sameEmail = GraphQlClient.of(this.web)
			.execute(REGISTER, Map.of("input",
					input(name.toUpperCase() + "@EXAMPLE.TEST", name + "x", "a long enough password", "Second")));
		assertThat(sameEmail.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(sameEmail.errorField()).isEqualTo("input.email");
		assertThat((Object) sameEmail.read("$.data.register")).isNull();

		GraphQlResponse sameUsername = GraphQlClient.of(this.web)
			.execute(REGISTER, Map.of("input",
					input("other." + name + "@example.test", name.toUpperCase(), "a long enough password", "Third")));
		assertThat(sameUsername.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(sameUsername.errorField()).isEqualTo("input.username");

		assertThat(rowsFor(name + "x")).isZero();
		assertThat(outboxRows()).as("a failed registration writes no event").isEqualTo(outboxBefore);
	}

	@Test
	void registrationWritesUserRegisteredToTheOutbox() {
		String name = TestAccounts.uniqueName("evt");
		String id = register(input(name + "@example.test", name, "a long enough password", "Evt")).assertNoErrors()
			.data("register.id");
		Long events = this.db.sql("SELECT count(*) FROM outbox WHERE stream = 'events:users' AND payload LIKE :p")
			.bind("p", "%user.registered%" + id + "%")
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block();
		assertThat(events).isEqualTo(1);
	}

	private void assertRejected(Map<String, Object> input, String field) {
		GraphQlResponse response = GraphQlClient.of(this.web).execute(REGISTER, Map.of("input", input));
		assertThat(response.errorCode()).as(response.body()).isEqualTo("BAD_USER_INPUT");
		assertThat(response.errorField()).as(response.body()).isEqualTo(field);
		assertThat((Object) response.read("$.data.register")).isNull();
	}

	private GraphQlResponse register(Map<String, Object> input) {
		return this.client.execute(REGISTER, Map.of("input", input));
	}

	private long rowsFor(String username) {
		return this.db.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(:u)")
			.bind("u", username)
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block();
	}

	private long outboxRows() {
		return this.db.sql("SELECT count(*) FROM outbox").map((row, meta) -> row.get(0, Long.class)).one().block();
	}

	private static Map<String, Object> input(String email, String username, String password, String displayName) {
		Map<String, Object> input = new HashMap<>();
		input.put("email", email);
		input.put("username", username);
		input.put("password", password);
		input.put("displayName", displayName);
		return input;
	}

}
