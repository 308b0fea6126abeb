package io.streamhub.realtime.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.streamhub.platform.security.AuthenticatedUser;
import org.jspecify.annotations.Nullable;

/**
 * Who is connected: a verified user with the token to forward to the subgraphs, or
 * anonymous.
 *
 * @param user the verified user, {@code null} for anonymous connections
 * @param authorization the {@code Authorization} header value forwarded to subgraphs
 */
public record Identity(@Nullable AuthenticatedUser user, @Nullable String authorization) {

	private static final Identity ANONYMOUS = new Identity(null, null);

	public static Identity anonymous() {
		return ANONYMOUS;
	}

	public boolean isAnonymous() {
		return this.user == null;
	}

	/**
	 * The visibility scope: subscribers with the same scope see the same data, so they
	 * may share one execution per event. It is the user id (the subgraphs decide
	 * visibility per user: creators see their private videos, authors their hidden
	 * comments, admins everything), or {@code anonymous}.
	 * @return the scope
	 */
	public String scope() {
		return (this.user != null) ? this.user.id().toString() : "anonymous";
	}

	/**
	 * When the token expires.
	 * @return the expiry, {@code null} for anonymous connections
	 */
	public @Nullable Instant expiresAt() {
		return (this.user != null) ? this.user.expiresAt() : null;
	}

	/**
	 * The headers forwarded to every subgraph request made for this connection.
	 * @return the headers
	 */
	public Map<String, List<String>> headers() {
		return (this.authorization != null) ? Map.of("Authorization", List.of(this.authorization)) : Map.of();
	}

}
