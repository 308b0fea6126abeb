package io.streamhub.users.account;

import java.util.Map;

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
class RateLimitTests {

	private static final String LOGIN = """
			mutation($login: String!, $password: String!) {
			  login(emailOrUsername: $login, password: $password) { accessToken }
			}""";

	private static final String REGISTER = """
			mutation($input: RegisterInput!) { register(input: $input) { id } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestAccounts accounts;

	@Test
	void loginIsLimitedToFivePerMinutePerAddress() {
		GraphQlClient client = GraphQlClient.of(this.web);
		for (int attempt = 1; attempt <= 5; attempt++) {
			String login = TestAccounts.uniqueName("nobody");
			assertThat(login(client, login, "wrong password").errorCode()).isEqualTo("UNAUTHENTICATED");
		}
		GraphQlResponse sixth = login(client, TestAccounts.uniqueName("nobody"), "wrong password");
		assertThat(sixth.errorCode()).isEqualTo("RATE_LIMITED");
		assertThat((Integer) sixth.read("$.errors[0].extensions.retryAfterSeconds")).isPositive();

		TestUser user = this.accounts.create("ratelimited");
		assertThat(login(client, user.username(), TestAccounts.PASSWORD).errorCode())
			.as("even the right password is refused from that address")
			.isEqualTo("RATE_LIMITED");
		assertThat(login(GraphQlClient.of(this.web), user.username(), TestAccounts.PASSWORD).errorCode())
			.as("another address is not affected")
			.isNull();
	}

	@Test
	void loginIsLimitedToTenPerMinutePerAccountFromAnyAddress() {
		TestUser user = this.accounts.create("target");
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(login(GraphQlClient.of(this.web), user.username(), "wrong password").errorCode())
				.isEqualTo("UNAUTHENTICATED");
		}
		assertThat(login(GraphQlClient.of(this.web), user.username(), TestAccounts.PASSWORD).errorCode())
			.isEqualTo("RATE_LIMITED");
	}

	@Test
	void theAccountLimitBehavesTheSameForUnknownAccounts() {
		String unknown = TestAccounts.uniqueName("ghost");
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(login(GraphQlClient.of(this.web), unknown, "wrong password").errorCode())
				.isEqualTo("UNAUTHENTICATED");
		}
		assertThat(login(GraphQlClient.of(this.web), unknown, "wrong password").errorCode()).isEqualTo("RATE_LIMITED");
	}

	@Test
	void registrationIsLimitedToThreePerHourPerAddress() {
		GraphQlClient client = GraphQlClient.of(this.web);
		for (int attempt = 1; attempt <= 3; attempt++) {
			register(client, TestAccounts.uniqueName("many")).assertNoErrors();
		}
		String fourth = TestAccounts.uniqueName("many");
		GraphQlResponse refused = register(client, fourth);
		assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
		assertThat((Object) refused.read("$.data.register")).isNull();
		register(GraphQlClient.of(this.web), fourth).assertNoErrors();
	}

	private static GraphQlResponse login(GraphQlClient client, String login, String password) {
		return client.execute(LOGIN, Map.of("login", login, "password", password));
	}

	private static GraphQlResponse register(GraphQlClient client, String username) {
		return client.execute(REGISTER, Map.of("input", Map.of("email", username + "@example.test", "username",
				username, "password", "a long enough password", "displayName", "Many")));
	}

}
