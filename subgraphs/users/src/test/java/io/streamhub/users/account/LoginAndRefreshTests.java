package io.streamhub.users.account;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.users.support.TestAccounts;
import io.streamhub.users.support.TestAccounts.TestUser;
import io.streamhub.users.support.UsersIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@UsersIntegrationTest
class LoginAndRefreshTests {

	private static final String LOGIN = """
			mutation($login: String!, $password: String!) {
			  login(emailOrUsername: $login, password: $password) { accessToken refreshToken expiresAt user { id username } }
			}""";

	private static final String REFRESH = """
			mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken user { id } } }""";

	private static final String ME = "{ me { id username email roles } }";

	@Autowired
	WebTestClient web;

	@Autowired
	TestAccounts accounts;

	private GraphQlClient client;

	private TestUser user;

	@BeforeEach
	void setUp() {
		this.client = GraphQlClient.of(this.web);
		this.user = this.accounts.create("login");
	}

	@Test
	void loginByUsernameOrEmailThenMeWithTheToken() {
		GraphQlResponse byEmail = login(this.user.email().toUpperCase(), TestAccounts.PASSWORD).assertNoErrors();
		assertThat((String) byEmail.data("login.user.id")).isEqualTo(this.user.id().toString());
		String token = byEmail.data("login.accessToken");

		GraphQlResponse me = this.client.withToken(token).execute(ME).assertNoErrors();
		assertThat((String) me.data("me.id")).isEqualTo(this.user.id().toString());
		assertThat((String) me.data("me.email")).isEqualTo(this.user.email());
		assertThat((Object) me.data("me.roles")).asList().containsExactly("VIEWER");
	}

	@Test
	void unknownAccountAndWrongPasswordGetTheSameError() {
		GraphQlResponse wrongPassword = login(this.user.username(), "not the password at all");
		GraphQlResponse unknown = login("nobody_" + this.user.username(), "not the password at all");
		assertThat(wrongPassword.errorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(unknown.errorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat((Object) wrongPassword.read("$.errors[0].message")).isEqualTo(unknown.read("$.errors[0].message"));
		assertThat((Object) wrongPassword.read("$.data.login")).isNull();
	}

	@Test
	void meIsNullWithoutAToken() {
		assertThat((Object) this.client.execute(ME).assertNoErrors().data("me")).isNull();
	}

	@Test
	void forgedOrGarbageTokensAreUnauthenticated() {
		String token = login(this.user.username(), TestAccounts.PASSWORD).data("login.accessToken");
		String[] parts = token.split("\\.");
		String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
		assertThat(this.client.withToken(forged).execute(ME).errorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(this.client.withToken("garbage").execute(ME).errorCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void refreshRotatesTheTokenAndTheOldOneStopsWorking() {
		String first = login(this.user.username(), TestAccounts.PASSWORD).data("login.refreshToken");
		GraphQlResponse refreshed = refresh(first).assertNoErrors();
		String second = refreshed.data("refreshToken.refreshToken");
		assertThat(second).isNotEqualTo(first);
		assertThat((String) refreshed.data("refreshToken.user.id")).isEqualTo(this.user.id().toString());
		String access = refreshed.data("refreshToken.accessToken");
		assertThat((String) this.client.withToken(access).execute(ME).data("me.id"))
			.isEqualTo(this.user.id().toString());

		assertThat(refresh(second).assertNoErrors().<String>data("refreshToken.refreshToken")).isNotBlank();
	}

	@Test
	void presentingARotatedTokenAgainRevokesTheWholeFamily() {
		String first = login(this.user.username(), TestAccounts.PASSWORD).data("login.refreshToken");
		String second = refresh(first).assertNoErrors().data("refreshToken.refreshToken");

		GraphQlResponse reuse = refresh(first);
		assertThat(reuse.errorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(refresh(second).errorCode()).as("the thief's or the victim's newer token dies too")
			.isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void otherLoginsSurviveAReuseInAnotherFamily() {
		String stolen = login(this.user.username(), TestAccounts.PASSWORD).data("login.refreshToken");
		String otherDevice = login(this.user.username(), TestAccounts.PASSWORD).data("login.refreshToken");
		refresh(stolen).assertNoErrors();
		refresh(stolen);
		refresh(otherDevice).assertNoErrors();
	}

	@Test
	void twoConcurrentRefreshesWithOneTokenLetExactlyOneWinAndRevokeTheFamily() throws Exception {
		String token = login(this.user.username(), TestAccounts.PASSWORD).data("login.refreshToken");
		CountDownLatch start = new CountDownLatch(1);
		Callable<GraphQlResponse> refresh = () -> {
			start.await(10, TimeUnit.SECONDS);
			return refresh(token);
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<GraphQlResponse> first = pool.submit(refresh);
			Future<GraphQlResponse> second = pool.submit(refresh);
			start.countDown();
			List<GraphQlResponse> responses = List.of(first.get(30, TimeUnit.SECONDS),
					second.get(30, TimeUnit.SECONDS));
			List<String> issued = responses.stream()
				.map((response) -> response.<String>data("refreshToken.refreshToken"))
				.filter((issuedToken) -> issuedToken != null)
				.toList();
			assertThat(issued).as("exactly one refresh wins").hasSize(1);
			for (String newer : issued) {
				assertThat(refresh(newer).errorCode()).as("the loser's reuse revoked the family")
					.isEqualTo("UNAUTHENTICATED");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void logoutRevokesTheRefreshToken() {
		String refreshToken = login(this.user.username(), TestAccounts.PASSWORD).data("login.refreshToken");
		GraphQlResponse logout = this.client.execute("mutation($t: String!) { logout(refreshToken: $t) }",
				Map.of("t", refreshToken));
		assertThat((Boolean) logout.assertNoErrors().data("logout")).isTrue();
		assertThat(refresh(refreshToken).errorCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void unknownRefreshTokenIsUnauthenticated() {
		assertThat(refresh("not-a-token").errorCode()).isEqualTo("UNAUTHENTICATED");
	}

	private GraphQlResponse login(String login, String password) {
		return this.client.execute(LOGIN, Map.of("login", login, "password", password));
	}

	private GraphQlResponse refresh(String token) {
		return this.client.execute(REFRESH, Map.of("token", token));
	}

}
