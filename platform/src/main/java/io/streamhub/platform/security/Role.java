package io.streamhub.platform.security;

/**
 * The roles a token can carry in its {@code roles} claim. No role implies another.
 */
public enum Role {

	/** Watches, comments, follows. */
	VIEWER,

	/** Uploads and manages videos. */
	CREATOR,

	/** Moderates and administers. */
	ADMIN

}
