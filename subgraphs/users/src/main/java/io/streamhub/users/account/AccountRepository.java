package io.streamhub.users.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Row;
import io.streamhub.platform.security.Role;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code app_user}.
 */
@Repository
class AccountRepository {

	private static final String COLUMNS = "id, email, username, display_name, bio, avatar_url, roles, created_at";

	private final DatabaseClient db;

	AccountRepository(DatabaseClient db) {
		this.db = db;
	}

	/** One statement for any number of ids. */
	Flux<Account> findAllById(Collection<UUID> ids) {
		return this.db.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ANY(:ids)")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row, meta) -> account(row))
			.all();
	}

	Mono<Account> findById(UUID id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
			.bind("id", id)
			.map((row, meta) -> account(row))
			.one();
	}

	Mono<Account> findByUsername(String username) {
		return this.db.sql("SELECT " + COLUMNS + " FROM app_user WHERE lower(username) = lower(:username)")
			.bind("username", username)
			.map((row, meta) -> account(row))
			.one();
	}

	Mono<Credentials> findCredentials(String emailOrUsername) {
		return this.db
			.sql("SELECT " + COLUMNS + ", password_hash FROM app_user "
					+ "WHERE lower(email) = lower(:login) OR lower(username) = lower(:login) LIMIT 1")
			.bind("login", emailOrUsername)
			.map((row, meta) -> new Credentials(account(row), row.get("password_hash", String.class)))
			.one();
	}

	Mono<Boolean> emailTaken(String email) {
		return exists("SELECT 1 FROM app_user WHERE lower(email) = lower(:value)", email);
	}

	Mono<Boolean> usernameTaken(String username) {
		return exists("SELECT 1 FROM app_user WHERE lower(username) = lower(:value)", username);
	}

	Mono<Boolean> isEmpty() {
		return this.db.sql("SELECT NOT EXISTS (SELECT 1 FROM app_user) AS empty")
			.map((row, meta) -> Boolean.TRUE.equals(row.get("empty", Boolean.class)))
			.one();
	}

	/**
	 * Serializes registrations while the bootstrap-admin rule needs "the first account".
	 */
	Mono<Void> lockRegistrations() {
		return this.db.sql("SELECT pg_advisory_xact_lock(hashtext('users.register'))").then();
	}

	Mono<Void> insert(Account account, String passwordHash) {
		return this.db.sql("INSERT INTO app_user (id, email, username, password_hash, display_name, roles, created_at, "
				+ "updated_at) VALUES (:id, :email, :username, :hash, :displayName, :roles, :createdAt, :createdAt)")
			.bind("id", account.id())
			.bind("email", account.email())
			.bind("username", account.username())
			.bind("hash", passwordHash)
			.bind("displayName", account.displayName())
			.bind("roles", roleNames(account.roles()))
			.bind("createdAt", account.createdAt())
			.then();
	}

	Mono<Account> updateProfile(UUID id, ProfileChange change, Instant now) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("UPDATE app_user SET display_name = COALESCE(:displayName, display_name), "
					+ "bio = CASE WHEN :bioSet THEN NULLIF(:bio, '') ELSE bio END, "
					+ "avatar_url = CASE WHEN :avatarSet THEN NULLIF(:avatar, '') ELSE avatar_url END, "
					+ "updated_at = :now WHERE id = :id RETURNING " + COLUMNS)
			.bind("id", id)
			.bind("now", now)
			.bind("bioSet", change.bio() != null)
			.bind("avatarSet", change.avatarUrl() != null);
		spec = bindNullable(spec, "displayName", change.displayName());
		spec = bindNullable(spec, "bio", change.bio());
		spec = bindNullable(spec, "avatar", change.avatarUrl());
		return spec.map((row, meta) -> account(row)).one();
	}

	private static DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec, String name,
			@Nullable String value) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, String.class);
	}

	Mono<Account> addRole(UUID id, Role role, Instant now) {
		return this.db.sql(
				"UPDATE app_user SET roles = CASE WHEN :role = ANY(roles) THEN roles ELSE array_append(roles, :role) END, "
						+ "updated_at = :now WHERE id = :id RETURNING " + COLUMNS)
			.bind("id", id)
			.bind("role", role.name())
			.bind("now", now)
			.map((row, meta) -> account(row))
			.one();
	}

	private Mono<Boolean> exists(String sql, String value) {
		return this.db.sql(sql).bind("value", value).map((row, meta) -> true).first().hasElement();
	}

	private static String[] roleNames(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toArray(String[]::new);
	}

	static Account account(Row row) {
		String[] roles = row.get("roles", String[].class);
		Set<Role> parsed = (roles != null) ? Arrays.stream(roles)
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))) : Set.of();
		return new Account(row.get("id", UUID.class), row.get("email", String.class), row.get("username", String.class),
				row.get("display_name", String.class), row.get("bio", String.class),
				row.get("avatar_url", String.class), parsed, row.get("created_at", Instant.class));
	}

	record Credentials(Account account, @Nullable String passwordHash) {
	}

}
