package io.streamhub.users.support;

import io.streamhub.platform.test.GraphQlResponse;

import io.streamhub.platform.test.GraphQlClient;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates accounts straight in the database (bcrypt cost 12 per registration would make
 * bulk set-up slow; the password hash is computed once) and logs them in over GraphQL.
 */
public class TestAccounts {

	/** The password of every account created here. */
	public static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final DatabaseClient db;

	private final PasswordEncoder passwordEncoder;

	private volatile @Nullable String hash;

	TestAccounts(DatabaseClient db, PasswordEncoder passwordEncoder) {
		this.db = db;
		this.passwordEncoder = passwordEncoder;
	}

	/** A fresh unique username (3-30 of [a-z0-9_]). */
	public static String uniqueName(String prefix) {
		return prefix + "_" + SEQUENCE.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 1_000_000, 36);
	}

	public TestUser create(String prefix) {
		return create(prefix, "{VIEWER}");
	}

	public TestUser createAdmin(String prefix) {
		return create(prefix, "{VIEWER,ADMIN}");
	}

	private TestUser create(String prefix, String roles) {
		String username = uniqueName(prefix);
		UUID id = UUID.randomUUID();
		String email = username + "@example.test";
		this.db.sql(
				"INSERT INTO app_user (id, email, username, password_hash, display_name, roles, created_at, updated_at) "
						+ "VALUES (:id, :email, :username, :hash, :name, CAST(:roles AS text[]), :now, :now)")
			.bind("id", id)
			.bind("email", email)
			.bind("username", username)
			.bind("hash", passwordHash())
			.bind("name", "Test " + username)
			.bind("roles", roles)
			.bind("now", Instant.now())
			.then()
			.block();
		return new TestUser(id, username, email);
	}

	/** Logs in over GraphQL and returns the AuthPayload as a map. */
	public Map<String, Object> login(GraphQlClient client, String emailOrUsername) {
		GraphQlResponse response = client.execute("""
				mutation($login: String!, $password: String!) {
				  login(emailOrUsername: $login, password: $password) { accessToken refreshToken expiresAt user { id } }
				}""", Map.of("login", emailOrUsername, "password", PASSWORD)).assertNoErrors();
		Map<String, Object> payload = response.data("login");
		return payload;
	}

	public String accessToken(GraphQlClient client, TestUser user) {
		return (String) login(client, user.username()).get("accessToken");
	}

	private String passwordHash() {
		String current = this.hash;
		if (current == null) {
			current = this.passwordEncoder.encode(PASSWORD);
			this.hash = current;
		}
		return current;
	}

	public record TestUser(UUID id, String username, String email) {
	}

}
