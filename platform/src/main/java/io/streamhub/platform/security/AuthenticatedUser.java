package io.streamhub.platform.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The principal of a request, taken from a verified token.
 *
 * @param id the user id (claim {@code sub})
 * @param roles the roles (claim {@code roles}); {@code ADMIN} implies nothing else
 * automatically
 * @param tokenId the token id (claim {@code jti})
 * @param expiresAt when the token expires (claim {@code exp})
 */
public record AuthenticatedUser(UUID id, Set<Role> roles, String tokenId, Instant expiresAt) {

	public AuthenticatedUser {
		roles = Set.copyOf(roles);
	}

	/**
	 * Whether the user has exactly this role (no implication between roles).
	 * @param role the role
	 * @return {@code true} if the token carried the role
	 */
	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether the user is an administrator.
	 * @return {@code true} if the token carried {@link Role#ADMIN}
	 */
	public boolean isAdmin() {
		return hasRole(Role.ADMIN);
	}

}
