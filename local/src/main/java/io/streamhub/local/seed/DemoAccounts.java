package io.streamhub.local.seed;

import java.util.List;
import java.util.Map;

/**
 * Seeds the demo accounts through the users subgraph's public API: the first registered
 * account of the fresh local database becomes ADMIN ({@code users.bootstrap-admin}), who
 * then promotes the creator. Passwords are fixed so that the README can name them.
 */
public final class DemoAccounts {

	/** The accounts, admin first (registration order matters: the first one is admin). */
	public static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("ADMIN", "admin", "admin@streamhub.local", "admin-password"),
			new DemoAccount("CREATOR", "creator", "creator@streamhub.local", "creator-password"),
			new DemoAccount("VIEWER", "viewer", "viewer@streamhub.local", "viewer-password"));

	private static final String REGISTER = """
			mutation Register($input: RegisterInput!) { register(input: $input) { id username } }""";

	private static final String LOGIN = """
			mutation Login($login: String!, $password: String!) {
			  login(emailOrUsername: $login, password: $password) { accessToken }
			}""";

	private static final String PROMOTE = """
			mutation Promote($id: ID!, $role: Role!) { promoteUser(userId: $id, role: $role) { id roles } }""";

	private DemoAccounts() {
	}

	/**
	 * Register the demo accounts and grant their roles.
	 * @param usersEndpoint the users subgraph's GraphQL URL
	 * @return the accounts created
	 */
	public static List<DemoAccount> seed(String usersEndpoint) {
		GraphQlClient client = new GraphQlClient(usersEndpoint);
		String adminToken = null;
		for (DemoAccount account : ACCOUNTS) {
			String id = register(client, account);
			if (adminToken == null) {
				adminToken = login(client, account);
			}
			else if (!account.role().equals("VIEWER")) {
				client.execute(PROMOTE, Map.of("id", id, "role", account.role()), adminToken);
			}
		}
		return ACCOUNTS;
	}

	private static String register(GraphQlClient client, DemoAccount account) {
		Map<String, Object> input = Map.of("email", account.email(), "username", account.username(), "password",
				account.password(), "displayName",
				Character.toUpperCase(account.username().charAt(0)) + account.username().substring(1));
		return client.execute(REGISTER, Map.of("input", input), null).get("register").get("id").asString();
	}

	private static String login(GraphQlClient client, DemoAccount account) {
		return client.execute(LOGIN, Map.of("login", account.username(), "password", account.password()), null)
			.get("login")
			.get("accessToken")
			.asString();
	}

}
