package io.streamhub.router.server.config;

/**
 * Who may send introspection queries ({@code __schema}, {@code __type}).
 */
public enum IntrospectionAccess {

	/** Anyone (the {@code dev} profile). */
	EVERYONE,

	/** Only requests with a valid token carrying the ADMIN role. */
	ADMINS,

	/** Nobody. */
	NOBODY

}
