package io.streamhub.users.account;

import java.util.List;
import java.util.Map;

import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.users.support.TestAccounts;
import io.streamhub.users.support.TestAccounts.TestUser;
import io.streamhub.users.support.UsersIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@UsersIntegrationTest
class EmailPrivacyTests {

	private static final String USER = "query($id: ID!) { user(id: $id) { id email } }";

	private static final String ENTITIES = """
			query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestAccounts accounts;

	private TestUser owner;

	private GraphQlClient client;

	@BeforeEach
	void setUp() {
		this.client = GraphQlClient.of(this.web);
		this.owner = this.accounts.create("private");
	}

	@Test
	void theUserThemselfSeesTheirEmail() {
		String token = this.accounts.accessToken(this.client, this.owner);
		assertThat(emailVia(USER, token)).isEqualTo(this.owner.email());
		assertThat(emailVia(ENTITIES, token)).isEqualTo(this.owner.email());
	}

	@Test
	void anAdminSeesTheEmail() {
		String token = this.accounts.accessToken(this.client, this.accounts.createAdmin("admin"));
		assertThat(emailVia(USER, token)).isEqualTo(this.owner.email());
		assertThat(emailVia(ENTITIES, token)).isEqualTo(this.owner.email());
	}

	@Test
	void anotherUserGetsNull() {
		String token = this.accounts.accessToken(this.client, this.accounts.create("other"));
		assertThat(emailVia(USER, token)).isNull();
		assertThat(emailVia(ENTITIES, token)).isNull();
	}

	@Test
	void anonymousGetsNull() {
		assertThat(emailVia(USER, null)).isNull();
		assertThat(emailVia(ENTITIES, null)).isNull();
		GraphQlResponse byName = this.client.execute("query($u: String!) { userByUsername(username: $u) { id email } }",
				Map.of("u", this.owner.username()));
		assertThat((String) byName.assertNoErrors().data("userByUsername.id")).isEqualTo(this.owner.id().toString());
		assertThat((Object) byName.data("userByUsername.email")).isNull();
	}

	private @Nullable String emailVia(String document, @Nullable String token) {
		Map<String, Object> variables = document.equals(USER) ? Map.of("id", this.owner.id().toString())
				: Map.of("r", List.of(Map.of("__typename", "User", "id", this.owner.id().toString())));
		GraphQlResponse response = this.client.withToken(token).execute(document, variables).assertNoErrors();
		String root = document.equals(USER) ? "user" : "_entities[0]";
		assertThat((String) response.data(root + ".id")).isEqualTo(this.owner.id().toString());
		return response.data(root + ".email");
	}

}
