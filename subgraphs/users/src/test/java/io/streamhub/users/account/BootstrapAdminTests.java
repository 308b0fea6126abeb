package io.streamhub.users.account;

import java.util.Map;

import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.users.support.TestAccounts;
import io.streamhub.users.support.UsersIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Its own context, hence its own fresh database.
 */
@UsersIntegrationTest
@TestPropertySource(properties = "users.bootstrap-admin=true")
class BootstrapAdminTests {

	private static final String REGISTER = "mutation($input: RegisterInput!) { register(input: $input) { roles } }";

	@Autowired
	WebTestClient web;

	@Test
	void onlyTheFirstAccountOfAFreshDatabaseBecomesAdmin() {
		assertThat((Object) register("first").data("register.roles")).asList()
			.containsExactlyInAnyOrder("VIEWER", "ADMIN");
		assertThat((Object) register("second").data("register.roles")).asList().containsExactly("VIEWER");
	}

	private io.streamhub.platform.test.GraphQlResponse register(String prefix) {
		String name = TestAccounts.uniqueName(prefix);
		return GraphQlClient.of(this.web)
			.execute(REGISTER,
					Map.of("input",
							Map.of("email", name + "@example.test", "username", name, "password",
									"a long enough password", "displayName", prefix)))
			.assertNoErrors();
	}

}
