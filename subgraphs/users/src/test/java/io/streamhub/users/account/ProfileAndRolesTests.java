package io.streamhub.users.account;

import java.util.HashMap;
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
class ProfileAndRolesTests {

	private static final String UPDATE = """
			mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio avatarUrl } }""";

	private static final String PROMOTE = """
			mutation($id: ID!, $role: Role!) { promoteUser(userId: $id, role: $role) { id roles } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestAccounts accounts;

	@Test
	void updatesTheProfileAndKeepsFieldsLeftOut() {
		TestUser user = this.accounts.create("profile");
		GraphQlClient client = GraphQlClient.of(this.web);
		client = client.withToken(this.accounts.accessToken(client, user));
		client.execute(UPDATE, Map.of("input", Map.of("bio", "Hello", "avatarUrl", "https://cdn.example/a.png")))
			.assertNoErrors();
		GraphQlResponse renamed = client.execute(UPDATE, Map.of("input", Map.of("displayName", "New Name")))
			.assertNoErrors();
		assertThat((String) renamed.data("updateProfile.displayName")).isEqualTo("New Name");
		assertThat((String) renamed.data("updateProfile.bio")).isEqualTo("Hello");
		assertThat((String) renamed.data("updateProfile.avatarUrl")).isEqualTo("https://cdn.example/a.png");
		GraphQlResponse cleared = client.execute(UPDATE, Map.of("input", Map.of("bio", ""))).assertNoErrors();
		assertThat((Object) cleared.data("updateProfile.bio")).isNull();
	}

	@Test
	void invalidProfileFieldsAreBadUserInput() {
		TestUser user = this.accounts.create("profile");
		GraphQlClient client = GraphQlClient.of(this.web);
		client = client.withToken(this.accounts.accessToken(client, user));
		assertField(client.execute(UPDATE, input("avatarUrl", "javascript:alert(1)")), "input.avatarUrl");
		assertField(client.execute(UPDATE, input("avatarUrl", "ftp://example.com/a.png")), "input.avatarUrl");
		assertField(client.execute(UPDATE, input("bio", "b".repeat(501))), "input.bio");
		assertField(client.execute(UPDATE, input("displayName", "d".repeat(61))), "input.displayName");
	}

	@Test
	void updatingTheProfileNeedsAToken() {
		GraphQlResponse response = GraphQlClient.of(this.web).execute(UPDATE, input("bio", "x"));
		assertThat(response.errorCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void onlyAdminsPromote() {
		TestUser target = this.accounts.create("promoted");
		GraphQlClient client = GraphQlClient.of(this.web);
		Map<String, Object> variables = Map.of("id", target.id().toString(), "role", "CREATOR");

		GraphQlResponse byViewer = client.withToken(this.accounts.accessToken(client, this.accounts.create("viewer")))
			.execute(PROMOTE, variables);
		assertThat(byViewer.errorCode()).isEqualTo("FORBIDDEN");
		assertThat(client.execute(PROMOTE, variables).errorCode()).isEqualTo("UNAUTHENTICATED");

		GraphQlClient admin = client.withToken(this.accounts.accessToken(client, this.accounts.createAdmin("boss")));
		GraphQlResponse promoted = admin.execute(PROMOTE, variables).assertNoErrors();
		assertThat((Object) promoted.data("promoteUser.roles")).asList().containsExactlyInAnyOrder("VIEWER", "CREATOR");
		String token = this.accounts.accessToken(client, target);
		assertThat((Object) client.withToken(token).execute("{ me { roles } }").data("me.roles")).asList()
			.contains("CREATOR");
		assertThat(admin.execute(PROMOTE, Map.of("id", "not-a-uuid", "role", "CREATOR")).errorField())
			.isEqualTo("userId");
	}

	private static Map<String, Object> input(String field, String value) {
		Map<String, Object> input = new HashMap<>();
		input.put(field, value);
		return Map.of("input", input);
	}

	private static void assertField(GraphQlResponse response, String field) {
		assertThat(response.errorCode()).as(response.body()).isEqualTo("BAD_USER_INPUT");
		assertThat(response.errorField()).as(response.body()).isEqualTo(field);
	}

}
