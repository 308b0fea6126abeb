package io.streamhub.router.server.config;

/**
 * What a client may send.
 */
public enum ClientPolicy {

	/** Registered (persisted) operations by id only. */
	PARTNER,

	/** Free-form operations, persisted ids and APQ. */
	FIRST_PARTY,

	/** Free-form operations and persisted ids, no APQ registration. */
	ANONYMOUS

}
