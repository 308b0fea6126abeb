package io.streamhub.platform.errors;

/**
 * The value of {@code extensions.code} on every GraphQL error StreamHub returns.
 */
public enum ErrorCode {

	/** The input is invalid; {@code extensions.field} names the offending field. */
	BAD_USER_INPUT,

	/** No valid credentials were presented. */
	UNAUTHENTICATED,

	/** The caller is known but not allowed to do this. */
	FORBIDDEN,

	/** The thing asked for does not exist (or is not visible to the caller). */
	NOT_FOUND,

	/** Too many requests; {@code extensions.retryAfterSeconds} says when to retry. */
	RATE_LIMITED,

	/**
	 * Anything unexpected; the details are only in the server log, under
	 * {@code extensions.errorId}.
	 */
	INTERNAL

}
