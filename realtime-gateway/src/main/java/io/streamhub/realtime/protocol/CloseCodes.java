package io.streamhub.realtime.protocol;

/**
 * The close codes this server sends (graphql-transport-ws, plus 1013 for slow clients).
 */
public final class CloseCodes {

	/** Invalid message (not JSON, unknown type, missing id or query). */
	public static final int BAD_REQUEST = 4400;

	/** {@code subscribe} before {@code connection_ack}. */
	public static final int UNAUTHORIZED = 4401;

	/**
	 * {@code connection_init} rejected (invalid token, too many connections of the user),
	 * token expired without a fresh one, or a refreshing token for another user.
	 */
	public static final int FORBIDDEN = 4403;

	/** The client did not offer the {@code graphql-transport-ws} sub-protocol. */
	public static final int SUBPROTOCOL_NOT_ACCEPTABLE = 4406;

	/** No {@code connection_init} within the init timeout. */
	public static final int INIT_TIMEOUT = 4408;

	/** {@code subscribe} with the id of an active operation. */
	public static final int SUBSCRIBER_EXISTS = 4409;

	/** A second {@code connection_init}. */
	public static final int TOO_MANY_INIT = 4429;

	/** Unexpected server failure. */
	public static final int INTERNAL = 4500;

	/**
	 * The client does not read fast enough: its outbound buffer is full (RFC 6455 "Try
	 * Again Later"; the reference client reconnects).
	 */
	public static final int SLOW_CONSUMER = 1013;

	private CloseCodes() {
	}

}
