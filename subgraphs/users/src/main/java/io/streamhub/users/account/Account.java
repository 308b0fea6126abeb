package io.streamhub.users.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.streamhub.platform.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * An account as the GraphQL {@code User} type shows it. {@code email} is private: the
 * schema's {@code User.email} is resolved by {@link AccountDataFetcher#email}, never read
 * directly.
 *
 * @param id the user id
 * @param email the e-mail address (private)
 * @param username lower-case, unique
 * @param displayName the public name
 * @param bio a short text, if any
 * @param avatarUrl an http(s) URL, if any
 * @param roles the granted roles
 * @param createdAt when the account was registered
 */
public record Account(UUID id, String email, String username, String displayName, @Nullable String bio,
		@Nullable String avatarUrl, Set<Role> roles, Instant createdAt) {

	public Account {
		roles = Set.copyOf(roles);
	}

}
